import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { matmul } from "./matmul.solution";

type Out = np.Tensor<["N", "M"]>;
const grid = (t: np.AnyTensor): number[][] => t.toArray() as number[][];

export default defineExercise({
  name: "matmul",
  dims: { N: [1, 6], K: [1, 6], M: [1, 6] },
  args: [
    { name: "a", kind: "tensor", shape: "N K" },
    { name: "b", kind: "tensor", shape: "K M" },
  ],
  returns: "N M",
  cases: 16,
  seed: 21,
  edgeCases: [
    { name: "not commutative", why: "the lesson's pair: AB ≠ BA", args: [[[0, 1], [0, 0]], [[0, 0], [1, 0]]] },
    { name: "rectangular", why: "N ≠ M: a transposed result has the wrong shape", dims: { N: 2, K: 3, M: 4 } },
    { name: "square", why: "N = K = M: only the values can reveal an index mix-up", dims: { N: 4, K: 4, M: 4 } },
    { name: "inner size 1", why: "K = 1: an outer product; a loop that stops one term early returns zeros", dims: { K: 1 } },
    { name: "row times column", why: "N = M = 1: a dot product", dims: { N: 1, M: 1 } },
  ],
  reference: matmul,
  onnx: { build: (g, a, b) => g.op("MatMul", [a!, b!]), opset: 21 },
  tolerance: { rtol: 1e-12, atol: 1e-12, why: "float64 sums of K ≤ 6 products: a few u; the ONNX model may add in another order" },
  withheld: ["matmul", "dot", "einsum", "tensordot", "inner", "vdot", "linalg.multiDot"],
  hints: [
    "C[i, j] = Σ_k a[i, k] · b[k, j]: row i of a against column j of b. Three nested loops: i, j, then k innermost.",
    "Start the sum at 0 for every (i, j): declare it inside the j loop.",
    "Read the inputs once with a.toArray() (nested arrays) and build the output with np.array or np.zeros(...).set([i, j], v).",
  ],
  nearMisses: [
    {
      id: "accumulator-not-reset",
      message: "Each entry also contains every earlier entry's sum: reset the running sum to 0 for each (i, j) — declare it inside the j loop.",
      wrong: (a, b) => {
        const c = grid(matmul(a, b));
        let run = 0;
        return np.array(c.map((row) => row.map((v) => (run += v)))) as Out;
      },
    },
    {
      id: "off-by-one",
      message: "Every sum misses its last term: the k loop must run over all K values, k = 0 .. K-1 (k < K).",
      wrong: (a, b) => {
        const K = a.shape[1]!;
        if (K === 1) return np.zeros([a.shape[0]!, b.shape[1]!]) as Out;
        const A = grid(a).map((r) => r.slice(0, K - 1));
        return matmul(np.array(A) as np.Tensor<["N", "K"]>, np.array(grid(b).slice(0, K - 1)) as np.Tensor<["K", "M"]>);
      },
    },
  ],
  builtinDiagnoses: ["transposed", "shape"],
  demo: {
    title: "A rotation by 90° composed with a stretch: the order matters",
    args: [[[0, -1], [1, 0]], [[2, 0], [0, 1]]],
  },
});
