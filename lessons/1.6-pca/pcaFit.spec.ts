import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { pcaFit } from "./pcaFit.solution";
import { columnOrthonormalityError, entries, fmt, rows, tensorValue, transpose } from "../1.4-eigendecomposition/matrixChecks";
import { centred, rowsUpToSign, topDirections } from "./pcaChecks";
import { faces, lowRankData } from "./demoData";


// Directions are unique up to sign when the k+1 leading variances are distinct (true for every
// case here, with relative gaps ≥ 1e-3); their round-off error is then ≈ 1e-16·λ₁/gap ≤ 1e-12.
// 1e-7 accepts any stable method (SVD or eigh of the covariance) and rejects every mistake below.
const DIR_TOL = 1e-7;
const VAR_RTOL = 1e-8;

const componentsOf = (c: np.Tensor<any>): number[][] => rows(c);

function variancesClose(got: readonly number[], want: readonly number[], rtol = VAR_RTOL): boolean {
  return got.length === want.length && want.every((x, i) => Math.abs(x - got[i]!) <= rtol * Math.abs(want[0]!) + 1e-300);
}

export default defineExercise({
  name: "pcaFit",
  dims: { N: [8, 30], D: [2, 6] },
  args: [
    { name: "X", kind: "tensor", shape: "N D", dist: { kind: "normal", mean: 3, std: 1 } },
    { name: "k", kind: "int", low: 1, high: 2 },
  ],
  returns: ["D", "K D", "K"],
  cases: 12,
  seed: 16,
  edgeCases: [
    { name: "all components", why: "k = D: the components form a whole orthonormal basis", dims: { N: 12, D: 4 }, args: (g) => [g.generated(0), 4] },
    { name: "one feature", why: "D = 1: the only direction is [±1] and its variance is the sample variance", dims: { N: 10, D: 1 }, args: (g) => [g.generated(0), 1] },
    { name: "two strong directions", why: "data close to a plane in 6-D, far from the origin",
      args: (g) => [lowRankData(30, 6, [5, 2], 0.1, 3, () => g.random()), 2] },
    { name: "far from the origin", why: "mean 1e4, spread 1: without centring the first direction is the mean",
      dims: { N: 20, D: 3 }, dists: { X: { kind: "normal", mean: 1e4, std: 1 } }, args: (g) => [g.generated(0), 2] },
    { name: "fewer points than features", why: "N = 4 < D = 6: at most N − 1 = 3 nonzero variances",
      dims: { N: 4, D: 6 }, args: (g) => [g.generated(0), 2] },
    { name: "duplicated feature", why: "two identical columns: one variance is exactly 0",
      args: (g) => {
        const x = rows(np.array(lowRankData(15, 3, [3, 1, 0.5], 0.05, 1, () => g.random())));
        return [tensorValue(x.map((r) => [...r, r[0]!])), 2];
      } },
  ],
  reference: pcaFit,
  propertiesOnly: true,
  properties: [
    {
      name: "mean",
      check: ([mean], X) => {
        const want = entries(np.mean(X, 0)), got = entries(mean);
        const bad = want.findIndex((x, i) => !(Math.abs(x - got[i]!) <= 1e-10 * (1 + Math.abs(x))));
        return got.length === want.length && bad < 0 ? null : `the mean should be [${want.map(fmt).join(", ")}], got [${got.map(fmt).join(", ")}]`;
      },
    },
    {
      name: "components shape",
      check: ([, c], X, k) => {
        const s = c.shape;
        return s.length === 2 && s[0] === k && s[1] === X.shape[1] ? null : `components should have shape [${k}, ${X.shape[1]}] (one direction per row), got [${s.join(", ")}]`;
      },
    },
    {
      name: "orthonormal components",
      check: ([, c]) => { const e = columnOrthonormalityError(transpose(componentsOf(c))); return e <= 1e-9 ? null : `the rows of components are not orthonormal (off by ${fmt(e)})`; },
    },
    {
      name: "principal directions",
      check: ([, c], X, k) => {
        const e = rowsUpToSign(componentsOf(c), topDirections(centred(X), k).dirs);
        return e <= DIR_TOL ? null : `the components differ from the top-${k} principal directions (up to sign) by ${fmt(e)}`;
      },
    },
    {
      name: "variances",
      check: ([, , v], X, k) => {
        const n = X.shape[0]!;
        const want = topDirections(centred(X), k).s.slice(0, k).map((s) => (s * s) / (n - 1));
        return variancesClose(entries(v), want) ? null : `the variances should be [${want.map(fmt).join(", ")}] (s²/(N − 1)), got [${entries(v).map(fmt).join(", ")}]`;
      },
    },
  ],
  tolerance: { rtol: VAR_RTOL, atol: DIR_TOL, why: "judged by the properties: directions up to sign within 1e-7, variances within 1e-8 relative" },
  hints: [
    "Centre first: subtract the mean of each feature (np.mean(X, 0)) from every row. PCA of uncentred data finds the direction of the mean, not of the spread.",
    "Take the SVD of the centred data, [U, S, Vh] = np.linalg.svd(Xc, { fullMatrices: false }). The principal directions are the first k ROWS of Vh.",
    "The variance along direction i is S[i]² / (N − 1): squared singular value, divided by N − 1 (not N).",
  ],
  nearMisses: [
    {
      id: "not-centered",
      message: "Your directions are those of the uncentred data: subtract the mean from every row before the SVD (the SVD of X itself finds the direction of the mean).",
      detect: ([, c], _e, X, k) => rowsUpToSign(componentsOf(c), topDirections(X, k).dirs) <= 1e-6,
    },
    {
      id: "components-as-columns",
      message: "Your principal directions are in the columns; this exercise (like scikit-learn's components_) wants one direction per ROW, shape [k, D]. Take the first k rows of Vh.",
      detect: ([, c], _e, X, k) => rowsUpToSign(transpose(componentsOf(c)), topDirections(centred(X), k).dirs) <= 1e-6,
    },
    {
      id: "variance-1-over-n",
      message: "Your variances are smaller by the factor (N − 1)/N: divide the squared singular values by N − 1 (sample covariance), not by N.",
      detect: ([, , v], _e, X, k) => {
        const n = X.shape[0]!;
        const want = topDirections(centred(X), k).s.slice(0, k).map((s) => (s * s) / n);
        return variancesClose(entries(v), want, 1e-6);
      },
    },
    {
      id: "singular-values-as-variances",
      message: "Your variances are the singular values of the centred data. The variance along direction i is σᵢ² / (N − 1): square them and divide by N − 1.",
      detect: ([, , v], _e, X, k) => variancesClose(entries(v), topDirections(centred(X), k).s.slice(0, k), 1e-6),
    },
  ],
  builtinDiagnoses: [],
  demo: {
    title: "Eigenfaces: PCA of 80 synthetic 16×16 faces; the plot shows the mean face and the first three components",
    args: (g) => [faces(80, 16, () => g.random()), 3],
    plot: ([mean, c]) => {
      const size = 16;
      const images = [entries(mean), ...componentsOf(c)];
      const z: number[][] = [];
      for (let y = 0; y < size; y++) {
        const row: number[] = [];
        images.forEach((img, i) => {
          // scale each image to [-1, 1] so the components are visible next to the mean
          const m = Math.max(...img.map(Math.abs)) || 1;
          for (let x = 0; x < size; x++) row.push(img[y * size + x]! / m);
          if (i < images.length - 1) row.push(0);
        });
        z.push(row);
      }
      return { kind: "heatmap", title: "mean face | component 1 | component 2 | component 3", z };
    },
  },
});
