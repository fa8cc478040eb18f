import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { pcaTransform } from "./pcaTransform.solution";
import { pcaFit } from "./pcaFit.solution";
import { rows, tensorValue, vectorValue, entries } from "../1.4-eigendecomposition/matrixChecks";
import { lowRankData } from "./demoData";

type Data = np.Tensor<["N", "D"]>;

export default defineExercise({
  name: "pcaTransform",
  dims: { N: [1, 12], D: [2, 6], K: [1, 3] },
  args: [
    { name: "X", kind: "tensor", shape: "N D", dist: { kind: "normal", mean: 2, std: 1 } },
    { name: "mean", kind: "tensor", shape: "D", dist: { kind: "normal", mean: 1, std: 1 } },
    { name: "components", kind: "tensor", shape: "K D", dist: { kind: "normal" } },
  ],
  returns: "N K",
  cases: 12,
  seed: 1606,
  edgeCases: [
    { name: "one new point", why: "N = 1: the mean of the new data is the point itself, so re-centring with it gives all zeros", dims: { N: 1 } },
    { name: "fitted on training data", why: "real components from pcaFit on other data; the new points come from the same distribution",
      args: (g) => {
        const train = np.array(lowRankData(40, 5, [4, 1.5], 0.2, 3, () => g.random()));
        const [mean, comps] = pcaFit(train as Data, 2);
        const test = lowRankData(6, 5, [4, 1.5], 0.2, 3, () => g.random());
        return [test, vectorValue(entries(mean)), tensorValue(rows(comps))];
      } },
    { name: "all components", why: "K = D with orthonormal rows: the transform is a rotation, lengths are kept", dims: { N: 5, D: 3, K: 3 },
      args: (g) => [g.generated(0), g.generated(1), [[0.6, 0.8, 0], [-0.8, 0.6, 0], [0, 0, 1]]] },
  ],
  reference: pcaTransform,
  tolerance: { rtol: 1e-10, atol: 1e-10, why: "one centring and one matmul over D ≤ 6 terms of O(1) numbers: round-off ~1e-15" },
  hints: [
    "Each score is an inner product: Z[i, j] = components[j] · (X[i] − mean).",
    "Centre with the mean you were given (fitted on the training data), not with the mean of X: new data must be treated exactly like the training data.",
    "np.subtract(X, mean) broadcasts the [D] mean over the rows; then matmul with components.T ([D, K]) gives [N, K].",
  ],
  nearMisses: [
    { id: "not-centered", message: "You projected X without subtracting the mean: scores are components · (x − mean).",
      wrong: (X, _m, C) => np.matmul(X, C.T) },
    { id: "refit-mean", message: "You centred the new data with its own mean. Use the mean that was fitted on the training data (the argument `mean`), so that new points are treated exactly like the training points.",
      wrong: (X, _m, C) => np.matmul(np.subtract(X, np.mean(X, 0)), C.T) },
    { id: "sign-of-mean", message: "You added the mean instead of subtracting it: scores are components · (x − mean).",
      wrong: (X, m, C) => np.matmul(np.add(X, m), C.T) },
  ],
  builtinDiagnoses: ["shape", "transposed"],
  demo: {
    title: "Three clusters in 5-D, projected onto the first two principal directions (fitted on the same data)",
    args: (g) => {
      const centres = [[0, 0, 0, 0, 0], [4, 1, -2, 0, 1], [-1, 4, 2, 1, -2]];
      const pts: number[][] = [];
      centres.forEach((c) => { for (let i = 0; i < 30; i++) pts.push(c.map((x) => x + 0.7 * (g.random() + g.random() + g.random() - 1.5))); });
      const [mean, comps] = pcaFit(np.array(pts) as Data, 2);
      return [pts, vectorValue(entries(mean)), tensorValue(rows(comps))];
    },
    plot: (Z) => {
      const z = rows(Z);
      const series = [0, 1, 2].map((c) => ({ name: `cluster ${c + 1}`, x: z.slice(30 * c, 30 * c + 30).map((p) => p[0]!), y: z.slice(30 * c, 30 * c + 30).map((p) => p[1]!) }));
      return { kind: "scatter", title: "PCA scores: component 1 (x) against component 2 (y)", series };
    },
  },
});
