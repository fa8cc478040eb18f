import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { ridge } from "./ridge.solution";
import { entries, fmt, matrixWithSingularValues, tensorValue, vectorValue } from "../1.4-eigendecomposition/matrixChecks";

type Design = np.Tensor<["N", "D"]>;
type Weights = np.Tensor<["D"]>;

/** max |Xᵀ(Xw − y) + λw| relative to ‖X‖²‖w‖ + ‖X‖‖y‖: half the gradient of the ridge objective. */
function stationarity(w: Weights, X: Design, y: np.Tensor<["N"]>, lam: number): number {
  const g = np.add(np.matmul(X.T, np.subtract(np.matmul(X, w), y)), np.multiply(lam, w));
  const nx = Math.sqrt(np.sum(np.square(X)).item()), nw = Math.sqrt(np.sum(np.square(w)).item()), ny = Math.sqrt(np.sum(np.square(y)).item());
  return Math.max(...entries(g).map(Math.abs)) / ((nx * nx + lam) * nw + nx * ny + 1e-300);
}

/** If w solves (XᵀX + μI) w = Xᵀy for some μ > 0, that μ (else NaN). */
function impliedLambda(w: Weights, X: Design, y: np.Tensor<["N"]>): number {
  const g = np.subtract(np.matmul(X.T, y), np.matmul(np.matmul(X.T, X), w));
  const ww = np.dot(w, w).item();
  const mu = ww > 0 ? np.dot(w, g).item() / ww : NaN;
  if (!(mu > 0)) return NaN;
  return np.allclose(ridge(X, y, mu), w, { rtol: 1e-6, atol: 1e-9 }) ? mu : NaN;
}

export default defineExercise({
  name: "ridge",
  dims: { N: [3, 20], D: [1, 5] },
  args: [
    { name: "X", kind: "tensor", shape: "N D", dist: { kind: "normal" } },
    { name: "y", kind: "tensor", shape: "N", dist: { kind: "normal", std: 2 } },
    { name: "lam", kind: "number", dist: { kind: "uniform", low: 0.1, high: 5 } },
  ],
  returns: "D",
  cases: 12,
  seed: 1808,
  edgeCases: [
    { name: "more features than examples", why: "D > N: XᵀX is singular, XᵀX + λI is not", dims: { N: 3, D: 6 } },
    { name: "duplicated feature", why: "two equal columns: OLS has no unique answer, ridge splits the weight evenly",
      args: [[[1, 1, 0], [2, 2, 1], [0, 0, 1], [-1, -1, 2], [3, 3, 0]], [1, 2, 0.5, 1, 4], 0.5] },
    { name: "tiny lambda", why: "λ = 1e-8 on well-conditioned data: practically OLS", dims: { N: 15, D: 3 },
      args: (g) => [g.generated(0), g.generated(1), 1e-8] },
    { name: "huge lambda", why: "λ = 1e6: w ≈ Xᵀy/λ, every weight near 0", args: (g) => [g.generated(0), g.generated(1), 1e6] },
    { name: "ill-conditioned", why: "singular values 3, 1, 1e-4: the small direction is shrunk almost to 0",
      args: (g) => [tensorValue(matrixWithSingularValues(g, 10, 3, [3, 1, 1e-4])), vectorValue(Array.from(g.tensor([10]).data)), 0.1] },
    { name: "one feature", why: "D = 1: w = x·y / (x·x + λ)", dims: { D: 1 } },
  ],
  reference: ridge,
  properties: [
    {
      name: "stationarity",
      check: (w, X, y, lam) => {
        const e = stationarity(w, X, y, lam);
        return e <= 1e-9 ? null : `the gradient Xᵀ(Xw − y) + λw is not 0 (relative size ${fmt(e)})`;
      },
    },
  ],
  // XᵀX + λI has condition number ≤ (s₁² + λ)/λ ≤ 1e4 in the random cases (λ ≥ 0.1), 1e2 in the
  // ill-conditioned one; solve loses at most that many ulps: errors ≤ 1e-12 on O(1) weights.
  tolerance: { rtol: 1e-8, atol: 1e-10, why: "κ(XᵀX + λI) ≤ 1e4 here, so any direct solve keeps ≥ 11 digits" },
  withheld: ["linalg.lstsq"],
  hints: [
    "Set the gradient of ‖Xw − y‖² + λ‖w‖² to zero: 2Xᵀ(Xw − y) + 2λw = 0, i.e. (XᵀX + λI) w = Xᵀy.",
    "λ goes on the DIAGONAL: np.add(XᵀX, np.multiply(lam, np.eye(D))). Writing XᵀX + lam broadcasts lam to every entry.",
    "Then np.linalg.solve(A, Xᵀy). For D ≫ N the dual form Xᵀ (XXᵀ + λI)⁻¹ y gives the same w with an N×N system.",
  ],
  nearMisses: [
    { id: "lambda-all-entries", message: "You added λ to every entry of XᵀX (a scalar broadcasts). Ridge adds λ only to the diagonal: XᵀX + λ·I (np.eye(D)).",
      wrong: (X, y, lam) => np.linalg.solve(np.add(np.matmul(X.T, X), lam), np.matmul(X.T, y)) as Weights },
    { id: "uniform-shrinkage", message: "Dividing the least-squares weights by (1 + λ) is ridge only for orthonormal columns. In general solve (XᵀX + λI) w = Xᵀy: each singular direction is shrunk by its own factor.",
      wrong: (X, y, lam) => np.divide(np.matmul(np.linalg.pinv(X), y), 1 + lam) as Weights },
    { id: "lambda-factor", message: "Your answer is a ridge solution, but for a different λ (a factor 2 or N off). Check the objective: ‖Xw − y‖² + λ‖w‖², no 1/N, and both terms' gradients carry a 2.",
      detect: (w, _e, X, y, lam) => { const mu = impliedLambda(w, X, y); return Number.isFinite(mu) && Math.abs(mu / lam - 1) > 1e-3; } },
  ],
  builtinDiagnoses: ["shape"],
  demo: {
    title: "Ridge on 30 points with 8 correlated features: weights for λ as given (try others)",
    args: (g) => {
      const base = Array.from({ length: 30 }, () => Array.from(g.tensor([3]).data));
      const X = base.map((b) => [b[0]!, b[0]! + 0.01 * g.random(), b[1]!, b[1]! - 0.02 * g.random(), b[2]!, b[0]! + b[1]!, 0.5 * b[2]!, g.random()]);
      const y = X.map((r) => 2 * r[0]! - r[2]! + 0.5 * r[4]! + 0.1 * (g.random() - 0.5));
      return [tensorValue(X), vectorValue(y), 1];
    },
    plot: (w, X, y) => {
      const ols = np.matmul(np.linalg.pinv(X), y);
      const idx = entries(w).map((_, i) => i);
      return { kind: "line", title: "weights per feature: ridge (λ = 1) against minimum-norm least squares", x: idx,
        series: [{ name: "ridge", y: entries(w) }, { name: "least squares", y: entries(ols) }] };
    },
  },
});
