import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { softmax } from "./softmax.solution";

type Logits = np.Tensor<["N", "K"]>;

const rowSums = (p: Logits): number[] => (np.sum(p, { axis: -1 }).toArray() as number[]);

export default defineExercise({
  name: "softmax",
  dims: { N: [1, 6], K: [1, 10] },
  args: [{ name: "z", kind: "tensor", shape: "N K", dist: { kind: "normal", std: 3 } }],
  returns: "N K",
  cases: 16,
  seed: 62,
  edgeCases: [
    { name: "huge logits", why: "exp(1000) overflows unless each row is shifted by its maximum",
      dims: { N: 3, K: 5 }, dists: { z: { kind: "normal", mean: 1000, std: 5 } } },
    { name: "very negative logits", why: "exp(-1000) underflows to 0 and 0/0 is NaN without the shift",
      dims: { N: 2, K: 4 }, dists: { z: { kind: "normal", mean: -1000, std: 5 } } },
    { name: "ties", why: "equal logits give a uniform row", args: [[[2, 2, 2, 2], [0, 0, 0, 0]]] },
    { name: "one class", why: "K = 1: every probability is exactly 1", dims: { K: 1 } },
    { name: "one example", why: "N = 1: still a batch of rows, not a vector", dims: { N: 1 } },
    { name: "square batch", why: "N = K hides an axis mix-up from the shape check", dims: { N: 4, K: 4 } },
  ],
  reference: softmax,
  onnx: { build: (g, z) => g.op("Softmax", [z!], { axis: -1 }), opset: 21 },
  properties: [
    {
      name: "rows sum to 1",
      check: (p) => {
        const bad = rowSums(p).findIndex((s) => Math.abs(s - 1) > 1e-9);
        return bad < 0 ? null : `row ${bad} sums to ${rowSums(p)[bad]}, not 1`;
      },
    },
  ],
  tolerance: { rtol: 1e-7, atol: 1e-12, why: "float64 throughout; the only error is round-off in K ≤ 10 exponentials and one sum" },
  withheld: ["softmax", "logSoftmax", "logsumexp", "special.softmax", "special.logsumexp"],
  hints: [
    "Each row of z is one example: exponentiate it and divide by that row's own sum.",
    "Reduce over the last axis with keepdims: np.sum(e, { axis: -1, keepdims: true }) has shape [N, 1] and broadcasts back over K.",
    "Subtracting a row's maximum from the row does not change its softmax but keeps np.exp from overflowing: z - np.max(z, { axis: -1, keepdims: true }).",
  ],
  nearMisses: [
    {
      id: "wrong-axis",
      message: "Each column sums to 1 instead of each row: normalise over the last axis (axis: -1), the classes, not over the batch.",
      wrong: (z) => np.transpose(softmax(np.transpose(z) as Logits)) as Logits,
    },
    {
      id: "not-normalized",
      message: "The rows do not sum to 1: after exponentiating, divide each row by its sum.",
      wrong: (z) => np.exp(np.subtract(z, np.max(z, { axis: -1, keepdims: true }))) as Logits,
    },
    {
      id: "global-normalization",
      message: "The whole batch sums to 1, not each row: sum over axis -1 with keepdims, not over every element.",
      wrong: (z) => {
        const e = np.exp(np.subtract(z, np.max(z)));
        return np.divide(e, np.sum(e)) as Logits;
      },
    },
  ],
  builtinDiagnoses: ["overflow", "shape", "transposed"],
  demo: {
    title: "Softmax of three rows of logits: spread out, tied, and far apart",
    args: [[[1, 2, 3], [1, 1, 1], [10, 0, -10]]],
    plot: (p) => ({ kind: "heatmap", title: "softmax(z), one row per example", z: p.toArray() as number[][],
      xLabels: ["class 0", "class 1", "class 2"] }),
  },
});
