import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { determinant } from "./determinant.solution";

/** The expected value arrives as a 0-d tensor when it comes from the ONNX model, as a number otherwise. */
const num = (v: unknown): number => (np.isTensor(v) ? v.item() : (v as number));

export default defineExercise({
  name: "determinant",
  dims: { N: [1, 6] },
  args: [{ name: "a", kind: "tensor", shape: "N N" }],
  returns: "number",
  cases: 16,
  seed: 22,
  edgeCases: [
    { name: "swap", why: "det of a row swap is -1; and a[0][0] = 0 stops elimination without pivoting", args: [[[0, 1], [1, 0]]] },
    { name: "reversal", why: "reversing 3 rows is one swap: det = -1", args: [[[0, 0, 1], [0, 1, 0], [1, 0, 0]]] },
    { name: "zero pivot on the way", why: "after the first step the (2, 2) pivot is exactly 0; det = 1", args: [[[1, 2, 3], [2, 4, 7], [1, 1, 1]]] },
    { name: "singular", why: "two equal rows: det = 0 exactly", args: [[[1, 2, 3], [4, 5, 6], [1, 2, 3]]] },
    { name: "triangular", why: "the product of the diagonal: 2·3·(-1) = -6", args: [[[2, 5, -1], [0, 3, 4], [0, 0, -1]]] },
    { name: "1 × 1", why: "det [[c]] = c", args: [[[-3]]] },
    { name: "needs a swap", why: "a random 5×5 whose first column has its largest entry at the bottom", args: [[[0.1, 2, 3, 1, 0], [0.2, 1, 0, 4, 1], [0.3, 0, 1, 1, 2], [0.4, 1, 1, 0, 3], [5, 1, 2, 1, 1]]] },
  ],
  reference: determinant,
  // Det runs in float32 only in onnxruntime-web (see the ONNX recipe), so the model rounds the
  // inputs to float32 (relative 6e-8 per entry) and eliminates in float32: for these N ≤ 6 matrices
  // of O(1) entries the result agrees with float64 to about 1e-5 relative. The tolerance is set
  // above that; every mistake below is off by far more (a sign, NaN, or a different number).
  onnx: { build: (g, a) => g.op("Det", [a!]), opset: 21, dtype: "float" },
  tolerance: { rtol: 2e-4, atol: 2e-4, why: "the ONNX reference computes in float32 (see the comment above); |det| ≤ ~30 for these inputs" },
  withheld: ["linalg.det", "linalg.slogdet", "linalg.lu", "linalg.inv", "linalg.solve", "linalg.qr", "linalg.eig", "linalg.eigvals", "linalg.eigh", "linalg.eigvalsh", "linalg.svd", "linalg.cholesky"],
  hints: [
    "Bring the matrix to upper-triangular form U by subtracting multiples of the pivot row from the rows below it; that does not change the determinant. Then det = product of U's diagonal.",
    "Before eliminating column k, swap in the row (from k down) with the largest |entry| in column k. Each swap multiplies the determinant by -1.",
    "If the whole remaining column is 0, the matrix is singular: return 0. Work on a copy: a.toArray() gives nested arrays you can modify.",
  ],
  nearMisses: [
    {
      id: "zero-pivot",
      message: "NaN or Infinity: you divided by a zero pivot. Swap in the row with the largest entry of the column first (partial pivoting), flipping the sign.",
      detect: (actual, expected) => !Number.isFinite(num(actual)) && Number.isFinite(num(expected)),
    },
    {
      id: "swap-sign",
      message: "Right magnitude, wrong sign: every row swap multiplies the determinant by -1. Count the swaps.",
      detect: (actual, expected) => num(expected) !== 0 && Math.abs(num(actual) + num(expected)) <= 1e-3 * Math.abs(num(expected)),
    },
    {
      id: "not-triangular",
      message: "You multiplied the diagonal of the matrix itself. That is the determinant only of a triangular matrix: eliminate first.",
      wrong: (a) => (a.toArray() as number[][]).reduce((p, row, i) => p * row[i]!, 1),
    },
  ],
  builtinDiagnoses: [],
  demo: { title: "det [[1, 2], [3, 4]] = 1·4 - 2·3 = -2", args: [[[1, 2], [3, 4]]] },
});
