import { defineExercise } from "../../engine/spec";
import { luSolve } from "./luSolve.solution";
import { luSolve as noPivoting } from "./luSolve.mistakes/no-pivoting";
import { luSolve as rhsNotPermuted } from "./luSolve.mistakes/rhs-not-swapped";
import { luSolve as forwardsBackSubstitution } from "./luSolve.mistakes/back-substitution-forwards";

const u = 2 ** -53;
const hilbert = (n: number): number[][] => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => 1 / (i + j + 1)));
const matVec = (A: number[][], x: number[]): number[] => A.map((row) => row.reduce((s, v, j) => s + v * x[j]!, 0));
const infNorm = (v: number[]): number => Math.max(0, ...v.map(Math.abs));

export default defineExercise({
  name: "luSolve",
  dims: { N: [1, 6] },
  args: [
    { name: "a", kind: "tensor", shape: "N N" },
    { name: "b", kind: "tensor", shape: "N" },
  ],
  returns: "N",
  cases: 16,
  seed: 31,
  edgeCases: [
    { name: "zero pivot", why: "a[0][0] = 0 although A is invertible: elimination must swap rows", args: [[[0, 1], [1, 1]], [1, 2]] },
    { name: "tiny pivot", why: "the lesson's example: without pivoting x_1 comes out 0 instead of 1", args: [[[1e-20, 1], [1, 1]], [1, 2]] },
    { name: "pivot needed later", why: "the (2, 2) pivot becomes exactly 0 after the first step", args: [[[1, 2, 3], [2, 4, 7], [1, 1, 1]], [6, 13, 3]] },
    { name: "permutation", why: "every row must move: b must be permuted with A", args: [[[0, 0, 1], [1, 0, 0], [0, 1, 0]], [1, 2, 3]] },
    { name: "upper triangular", why: "back substitution alone; it must run bottom-up", args: [[[2, 1, 1], [0, 3, 1], [0, 0, 4]], [4, 4, 4]] },
    { name: "ill-conditioned", why: "the 5×5 Hilbert matrix (κ ≈ 5e5): the residual stays tiny even though x loses digits", args: [hilbert(5), matVec(hilbert(5), [1, 1, 1, 1, 1])] },
    { name: "1 × 1", why: "N = 1: x = b / a", args: [[[4]], [2]] },
  ],
  reference: luSolve,
  // x = A⁻¹ b with com.microsoft's Inverse (double), as in the ONNX recipe. Less accurate than a
  // solve in principle, but these inputs are at worst κ ≈ 5e5, so it agrees to about 1e-10.
  onnx: {
    build: (g, a, b) => g.op("MatMul", [g.op("Inverse", [a!], {}, { domain: "com.microsoft" }), b!]),
    opset: 21,
  },
  properties: [
    {
      name: "small residual",
      check: (x, a, b) => {
        // Partial pivoting is backward stable in practice: |b - A x| ≤ c·n·u·(|A| |x| + |b|) with a
        // modest c; 100 leaves room for growth factors of random matrices.
        const A = a.toArray() as number[][], xs = x.toArray() as number[], bs = b.toArray() as number[];
        const r = matVec(A, xs).map((v, i) => bs[i]! - v);
        const aNorm = Math.max(...A.map((row) => row.reduce((s, v) => s + Math.abs(v), 0)));
        const bound = 100 * A.length * u * (aNorm * infNorm(xs) + infNorm(bs));
        return infNorm(r) <= bound ? null : `|b - A x| = ${infNorm(r).toExponential(2)} exceeds ${bound.toExponential(2)}`;
      },
    },
  ],
  tolerance: { rtol: 1e-9, atol: 1e-9, why: "float64 elimination: forward error ≲ κ(A)·n·u, at most ~1e-10 for these inputs (κ ≤ 5e5 in the Hilbert case)" },
  withheld: ["linalg.solve", "linalg.inv", "linalg.pinv", "linalg.lstsq", "linalg.lu", "linalg.qr", "linalg.cholesky", "linalg.svd", "linalg.eigh", "linalg.det"],
  hints: [
    "Work on copies: A = a.toArray() rows, and b's entries. For k = 0 .. N-1, eliminate column k below the diagonal with multipliers l = A[i][k] / A[k][k].",
    "Before eliminating column k, swap row k with the row (from k down) whose |A[i][k]| is largest — and swap the same two entries of b.",
    "Then solve L y = P b top-down (L has 1s on its diagonal and the multipliers below it) and U x = y bottom-up, i = N-1 down to 0.",
  ],
  nearMisses: [
    {
      id: "no-pivoting",
      message: "Without row exchanges a zero pivot divides by zero and a tiny one (1e-20) destroys the answer by cancellation. Swap in the row with the largest |entry| of the column before eliminating it.",
      wrong: (a, b) => noPivoting(a, b),
    },
    {
      id: "rhs-not-permuted",
      message: "You swapped rows of A while pivoting but not the matching entries of b: you solved P A x = b. Apply every swap to b too (P A = L U, then L U x = P b).",
      wrong: (a, b) => rhsNotPermuted(a, b),
    },
    {
      id: "substitution-order",
      message: "Back substitution must run from the last row up: x_i needs x_{i+1} .. x_{N-1}, which are not known yet when you go top-down.",
      wrong: (a, b) => forwardsBackSubstitution(a, b),
    },
  ],
  builtinDiagnoses: [],
  demo: { title: "The tiny-pivot system of the lesson: [[1e-20, 1], [1, 1]] x = [1, 2]", args: [[[1e-20, 1], [1, 1]], [1, 2]] },
});
