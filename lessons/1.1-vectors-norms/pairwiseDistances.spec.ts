import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import type { GenContext, TensorValue } from "../../engine/spec";
import { pairwiseDistances } from "./pairwiseDistances.solution";

type Out = np.Tensor<["N", "M"]>;
const u = 2 ** -53;
const rows = (t: np.AnyTensor): number[][] => t.toArray() as number[][];
const sqNorms = (a: np.AnyTensor, keep: boolean): np.AnyTensor => np.sum(np.square(a), { axis: 1, keepdims: keep });
const expansion = (x: np.AnyTensor, y: np.AnyTensor, cross: number): np.AnyTensor =>
  np.add(np.subtract(sqNorms(x, true), np.multiply(cross, np.matmul(x, np.transpose(y)))), sqNorms(y, false));

/** y = x + 1e-9·noise, far from the origin: the expansion cancels almost completely. */
function nearlyCoincident(g: GenContext): [TensorValue, TensorValue] {
  const x = g.tensor([10, 8], { kind: "normal", mean: 1000, std: 1 });
  const noise = g.tensor([10, 8], { kind: "normal", std: 1e-9 });
  return [x, { shape: x.shape, data: x.data.map((v, i) => v + noise.data[i]!) }];
}

export default defineExercise({
  name: "pairwiseDistances",
  dims: { N: [1, 6], M: [1, 6], D: [1, 8] },
  args: [
    { name: "x", kind: "tensor", shape: "N D", dist: { kind: "normal", std: 1 } },
    { name: "y", kind: "tensor", shape: "M D", dist: { kind: "normal", std: 1 } },
  ],
  returns: "N M",
  cases: 16,
  seed: 13,
  edgeCases: [
    { name: "3-4-5", why: "a distance you can check by hand", args: [[[0, 0]], [[3, 4], [0, 0]]] },
    { name: "nearly coincident points", why: "the expansion cancels: without a clamp at 0, round-off makes some squared distances negative and sqrt gives NaN", args: nearlyCoincident },
    { name: "same set", why: "x = y: the diagonal is 0", args: (g) => { const x = g.tensor([5, 3]); return [x, x]; } },
    { name: "rectangular", why: "N ≠ M catches a transposed result", dims: { N: 2, M: 5 } },
    { name: "D = 1", why: "distances on a line are |x_i - y_j|", dims: { D: 1 } },
  ],
  reference: pairwiseDistances,
  propertiesOnly: true,
  properties: [
    {
      name: "distances within round-off of the exact ones",
      check: (d, x, y) => {
        const X = rows(x), Y = rows(y), got = rows(d);
        if (got.length !== X.length || got.some((r) => r.length !== Y.length)) return `shape [${got.length}, ${got[0]?.length ?? 0}], expected [${X.length}, ${Y.length}]`;
        for (let i = 0; i < X.length; i++) {
          for (let j = 0; j < Y.length; j++) {
            const a = X[i]!, b = Y[j]!;
            const exact = Math.hypot(...a.map((v, k) => v - b[k]!));
            const n2 = a.reduce((s, v) => s + v * v, 0) + b.reduce((s, v) => s + v * v, 0);
            // The expansion's squared distance has absolute error ≤ 2(D+2)u(||x_i||² + ||y_j||²) (each term
            // carries a few u of its own size), and |√a - √b| ≤ √|a - b|: allow √(4(D+2)u·n2) plus 1e-12 relative.
            const bound = 1e-12 * exact + Math.sqrt(4 * (a.length + 2) * u * n2);
            const v = got[i]![j]!;
            if (!(Math.abs(v - exact) <= bound)) return `out[${i}, ${j}] is ${v}, the distance is ${exact} (allowed error ${bound.toExponential(2)})`;
          }
        }
        return null;
      },
    },
  ],
  tolerance: { rtol: 1e-9, atol: 1e-9, why: "judged by the property above, whose bound follows the expansion's round-off; this tolerance is for diagnoses only" },
  hints: [
    "||x_i - y_j||² = ||x_i||² - 2<x_i, y_j> + ||y_j||². All the inner products at once: np.matmul(x, np.transpose(y)), shape [N, M].",
    "Squared norms of x's rows with keepdims ([N, 1]) and of y's rows as [M]: adding them to an [N, M] array broadcasts each along the right axis.",
    "Round-off can make a squared distance slightly negative when two points nearly coincide: np.maximum(sq, 0) before np.sqrt.",
  ],
  nearMisses: [
    {
      id: "no-clamp",
      message: "NaN where two points nearly coincide: the squared distance came out slightly negative from round-off, and sqrt of a negative number is NaN. Clamp with np.maximum(sq, 0) first.",
      detect: (actual) => rows(actual).flat().some(Number.isNaN),
    },
    {
      id: "squared-distances",
      message: "These are squared distances: take the square root at the end.",
      wrong: (x, y) => np.maximum(expansion(x, y, 2), 0) as Out,
    },
    {
      id: "missing-factor-2",
      message: "The cross term of ||x - y||² is -2<x, y>, not -<x, y>.",
      wrong: (x, y) => np.sqrt(np.maximum(expansion(x, y, 1), 0)) as Out,
    },
  ],
  builtinDiagnoses: ["transposed", "shape"],
  demo: {
    title: "Distances from three points to four",
    args: [[[0, 0], [1, 1], [3, 0]], [[0, 0], [3, 4], [1, 0], [-1, -1]]],
    plot: (d) => ({ kind: "heatmap", title: "||x_i - y_j||", z: d.toArray() as number[][] }),
  },
});
