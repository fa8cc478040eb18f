import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { batchedMatmul } from "./batchedMatmul.solution";

type Bm = np.Tensor<["B", "K", "M"]>;
type Out = np.Tensor<["B", "N", "M"]>;

export default defineExercise({
  name: "batchedMatmul",
  dims: { B: [1, 4], N: [1, 5], K: [1, 6], M: [1, 5] },
  args: [
    { name: "a", kind: "tensor", shape: "B N K" },
    { name: "bm", kind: "tensor", shape: "B K M" },
  ],
  returns: "B N M",
  cases: 16,
  seed: 31,
  edgeCases: [
    { name: "rectangular", why: "N ≠ M: a transposed result has the wrong shape", dims: { B: 2, N: 2, K: 3, M: 4 } },
    { name: "square everything", why: "N = K = M: shape checks cannot catch an index mix-up, only values can", dims: { B: 3, N: 3, K: 3, M: 3 } },
    { name: "one batch", why: "B = 1", dims: { B: 1 } },
    { name: "inner size 1", why: "K = 1: every product is an outer product", dims: { B: 2, K: 1 } },
    { name: "distinct batches", why: "each batch has its own matrices; batch b must not use another batch's bm",
      dims: { B: 3, N: 2, K: 2, M: 2 }, dists: { bm: { kind: "uniform", low: -10, high: 10 } } },
  ],
  reference: batchedMatmul,
  onnx: { build: (g, a, bm) => g.op("MatMul", [a!, bm!]), opset: 21 },
  tolerance: { rtol: 1e-12, atol: 1e-12, why: "float64 sums of K ≤ 6 products of O(1) numbers: round-off is a few u; the ONNX model sums in a different order" },
  withheld: ["matmul", "dot", "einsum", "tensordot", "inner", "linalg.multiDot"],
  hints: [
    "Batch b of the output only involves batch b of each input: out[b] = a[b] @ bm[b]. Start with one batch.",
    "For one batch, entry (n, m) is row n of a[b] dotted with column m of bm[b]: loop over b, n, m, and sum over k.",
    "Without loops: np.expandDims(a, 3) is [B, N, K, 1] and np.expandDims(bm, 1) is [B, 1, K, M]; multiply them (broadcasting) and sum over axis 2.",
  ],
  nearMisses: [
    {
      id: "batch-mixed",
      message: "Every batch was multiplied by the first batch's bm. Batch b of the output is a[b] @ bm[b]: index both operands with the same b.",
      wrong: (a, bm) => {
        const first = np.broadcastTo(np.expandDims((bm.toArray() as number[][][])[0]!, 0), bm.shape) as Bm;
        return batchedMatmul(a, np.array(first.toArray()) as Bm);
      },
    },
    {
      id: "wrong-sum-axis",
      message: "You summed over the last axis (m) instead of the shared axis k. In [B, N, K, M] the sum must run over axis 2.",
      wrong: (a, bm) => np.sum(np.multiply(np.expandDims(a, 3), np.expandDims(bm, 1)), -1) as Out,
    },
  ],
  builtinDiagnoses: ["transposed", "shape"],
  demo: {
    title: "Two batches: a[0] is the identity, a[1] swaps rows",
    args: [[[[1, 0], [0, 1]], [[0, 1], [1, 0]]], [[[1, 2, 3], [4, 5, 6]], [[1, 2, 3], [4, 5, 6]]]],
  },
});
