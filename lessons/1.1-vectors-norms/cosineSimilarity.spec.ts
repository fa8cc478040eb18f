import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { cosineSimilarity } from "./cosineSimilarity.solution";

type Out = np.Tensor<["N", "M"]>;
const rowNorms = (a: np.AnyTensor, keep: boolean): np.AnyTensor => np.sqrt(np.sum(np.square(a), { axis: 1, keepdims: keep }));
const safe = (d: np.AnyTensor): np.AnyTensor => np.where(np.equal(d, 0), 1, d);

export default defineExercise({
  name: "cosineSimilarity",
  dims: { N: [1, 6], M: [1, 6], D: [1, 8] },
  args: [
    { name: "x", kind: "tensor", shape: "N D", dist: { kind: "normal", std: 3 } },
    { name: "y", kind: "tensor", shape: "M D", dist: { kind: "normal", std: 0.5 } },
  ],
  returns: "N M",
  cases: 16,
  seed: 12,
  edgeCases: [
    { name: "parallel, opposite, orthogonal", why: "the three landmark values 1, -1 and 0", args: [[[1, 2], [3, 0]], [[2, 4], [-3, 0], [0, 5]]] },
    { name: "zero vector", why: "a zero row has no direction: the answer is 0, not NaN", args: [[[0, 0, 0], [1, 2, 3]], [[1, 1, 1], [0, 0, 0]]] },
    { name: "different lengths", why: "scaling a vector must not change its cosine", args: [[[100, 0]], [[0.001, 0.001]]] },
    { name: "D = 1", why: "in one dimension the cosine is the product of the signs", dims: { D: 1 } },
    { name: "rectangular", why: "N ≠ M catches a transposed result", dims: { N: 2, M: 5 } },
  ],
  reference: cosineSimilarity,
  properties: [
    {
      name: "values in [-1, 1]",
      check: (c) => {
        const v = (c.toArray() as number[][]).flat();
        const bad = v.findIndex((s) => !(Math.abs(s) <= 1 + 1e-12));
        return bad < 0 ? null : `entry ${bad} is ${v[bad]}: Cauchy–Schwarz bounds the cosine by 1 (eq:cauchy-schwarz)`;
      },
    },
  ],
  tolerance: { rtol: 1e-12, atol: 1e-14, why: "D ≤ 8 products per inner product and two square roots: a few u relative; atol for cosines that are 0 up to round-off" },
  hints: [
    "Entry (i, j) is <x_i, y_j> / (||x_i|| ||y_j||). All inner products at once: np.matmul(x, np.transpose(y)) has shape [N, M].",
    "Row norms with keepdims give [N, 1] for x; for y take shape [M] (or [1, M]) so their product broadcasts to [N, M].",
    "Where a norm is 0, return 0: divide by np.where(denominator == 0, 1, denominator) and then put 0 there.",
  ],
  nearMisses: [
    {
      id: "zero-vector",
      message: "NaN for a zero vector: 0/0. A zero vector has no direction; return 0 there (guard the division with np.where).",
      detect: (actual, expected) => {
        const a = (actual.toArray() as number[][]).flat(), e = (expected.toArray() as number[][]).flat();
        return a.some((v, i) => Number.isNaN(v) && e[i] === 0);
      },
    },
    {
      id: "one-side-normalized",
      message: "Only x's norms are divided out: the length of y_j still scales your result. Divide by ||x_i|| · ||y_j||.",
      wrong: (x, y) => np.divide(np.matmul(x, np.transpose(y)), safe(rowNorms(x, true))) as Out,
    },
    {
      id: "squared-norms",
      message: "You divided by the squared norms ||x_i||² ||y_j||²: take square roots of the sums of squares.",
      wrong: (x, y) => {
        const d = np.multiply(np.square(rowNorms(x, true)), np.square(rowNorms(y, false)));
        return np.where(np.equal(d, 0), 0, np.divide(np.matmul(x, np.transpose(y)), safe(d))) as Out;
      },
    },
  ],
  builtinDiagnoses: ["transposed", "shape"],
  demo: {
    title: "Cosine similarity of three directions in the plane",
    args: [[[1, 0], [1, 1], [0, 1]], [[1, 0], [1, 1], [0, 1], [-1, 0]]],
    plot: (c) => ({ kind: "heatmap", title: "cos(x_i, y_j)", z: c.toArray() as number[][] }),
  },
});
