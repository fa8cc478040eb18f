import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { explainedVariance } from "./explainedVariance.solution";
import { entries, fmt, tensorValue } from "../1.4-eigendecomposition/matrixChecks";
import { lowRankData } from "./demoData";


export default defineExercise({
  name: "explainedVariance",
  dims: { N: [5, 30], D: [1, 6] },
  args: [{ name: "X", kind: "tensor", shape: "N D", dist: { kind: "normal", mean: 2, std: 1 } }],
  returns: "D",
  cases: 12,
  seed: 1616,
  edgeCases: [
    { name: "one feature", why: "D = 1: all the variance is in the only direction, r = [1]", dims: { D: 1 } },
    { name: "fewer points than features", why: "N = 3, D = 6: the centred data have rank ≤ 2, the other ratios are 0", dims: { N: 3, D: 6 } },
    { name: "two strong directions", why: "most of the variance in two directions of 8",
      args: (g) => [lowRankData(40, 8, [5, 2], 0.1, 3, () => g.random())] },
    { name: "different scales", why: "one feature with 100 times the spread dominates (PCA is not scale-invariant)",
      args: (g) => [tensorValue(Array.from({ length: 20 }, () => [100 * (g.random() - 0.5), g.random() - 0.5, g.random() - 0.5]))] },
  ],
  reference: explainedVariance,
  properties: [
    {
      name: "sums to 1",
      check: (r) => { const s = entries(r).reduce((a, b) => a + b, 0); return Math.abs(s - 1) <= 1e-9 ? null : `the ratios sum to ${fmt(s)}, not 1`; },
    },
  ],
  // Eigenvalues of the covariance from eigh carry absolute errors ~1e-16·λ₁, so ratios near 0
  // can come out as ±1e-16 instead of 0: atol 1e-12 accepts that; rtol 1e-9 for the rest.
  tolerance: { rtol: 1e-9, atol: 1e-12, why: "ratios in [0, 1]; round-off of a D ≤ 8 decomposition is ~1e-15" },
  hints: [
    "The variance along principal direction j is λ_j = s_j²/(N − 1), with s_j the singular values of the CENTRED data; the total variance is their sum.",
    "The ratio λ_j / Σ λ_l does not depend on the 1/(N − 1) factor: s_j² / Σ s_l². Square the singular values before normalising.",
    "np.linalg.svd gives min(N, D) singular values in descending order; pad with zeros (np.concatenate with np.zeros) up to D entries.",
  ],
  nearMisses: [
    { id: "not-squared", message: "You normalised the singular values themselves; variances are their SQUARES: r_j = s_j² / Σ s_l².",
      wrong: (X) => {
        const d = X.shape[1]!;
        const s = np.linalg.svd(np.subtract(X, np.mean(X, 0)), { fullMatrices: false })[1];
        return np.concatenate([np.divide(s, np.sum(s)), np.zeros([d - s.shape[0]!])]) as np.Tensor<["D"]>;
      } },
    { id: "not-centered", message: "Your ratios come from the uncentred data, so the mean counts as variance of the first component. Subtract the mean of each feature first.",
      wrong: (X) => {
        const d = X.shape[1]!;
        const s2 = np.square(np.linalg.svd(X, { fullMatrices: false })[1]);
        return np.concatenate([np.divide(s2, np.sum(s2)), np.zeros([d - s2.shape[0]!])]) as np.Tensor<["D"]>;
      } },
    { id: "cumulative", message: "You returned the cumulative sums; the exercise asks for each component's own ratio (the cumulative curve is np.cumsum of it).",
      wrong: (X) => np.cumsum(explainedVariance(X)) as np.Tensor<["D"]> },
    { id: "ascending", message: "Your ratios are in ascending order (as eigh returns eigenvalues): list the components from the largest variance down.",
      wrong: (X) => np.flip(explainedVariance(X)) as np.Tensor<["D"]> },
  ],
  builtinDiagnoses: ["shape"],
  demo: {
    title: "Explained variance of 200 points in 20-D with 5 informative directions (std 4, 3, 2.5, 2, 1.5) and noise 0.5",
    args: (g) => [lowRankData(200, 20, [4, 3, 2.5, 2, 1.5], 0.5, 1, () => g.random())],
    plot: (r) => {
      const ratio = entries(r).slice(0, 10);
      let c = 0;
      const cumulative = ratio.map((x) => (c += x));
      return { kind: "line", title: "explained variance ratio and cumulative sum", x: ratio.map((_, i) => i + 1),
        series: [{ name: "ratio", y: ratio }, { name: "cumulative", y: cumulative }] };
    },
  },
});
