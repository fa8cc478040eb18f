import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { ols } from "./ols.solution";
import { entries, fmt, matrixWithSingularValues, rows, tensorValue, vectorValue } from "../1.4-eigendecomposition/matrixChecks";

type Weights = np.Tensor<["D"]>;

export default defineExercise({
  name: "ols",
  dims: { N: [4, 20], D: [1, 4] },
  args: [
    { name: "X", kind: "tensor", shape: "N D", dist: { kind: "normal", mean: 1, std: 1 } },
    { name: "y", kind: "tensor", shape: "N", dist: { kind: "normal", std: 2 } },
  ],
  returns: "D",
  cases: 12,
  seed: 1707,
  edgeCases: [
    { name: "square system", why: "N = D: the residual is zero and w solves X w = y exactly", dims: { N: 3, D: 3 } },
    { name: "exact fit", why: "y = X w₀: least squares must return w₀",
      args: [[[1, 0], [1, 1], [1, 2], [1, 3]], [1, 3, 5, 7]] },
    { name: "line with intercept", why: "a column of ones; centring tricks change the answer",
      args: [[[1, -1], [1, 0], [1, 1], [1, 2], [1, 4]], [0.5, 2.1, 2.9, 4.2, 7.8]] },
    { name: "one feature", why: "D = 1: w = x·y / x·x", dims: { D: 1 } },
    { name: "correlated features", why: "condition number 1e3: regressing on one column at a time is far off",
      dims: { N: 12, D: 3 },
      args: (g) => [tensorValue(matrixWithSingularValues(g, 12, 3, [3, 1, 3e-3])), g.generated(1)] },
  ],
  reference: ols,
  properties: [
    {
      name: "normal equations",
      check: (w, X, y) => {
        // Xᵀ(Xw − y) = 0: the residual is orthogonal to every column
        const r = np.subtract(np.matmul(X, w), y);
        const g = entries(np.matmul(X.T, r));
        const scale = Math.sqrt(np.sum(np.square(X)).item()) * (Math.sqrt(np.sum(np.square(y)).item()) + 1e-300);
        const e = Math.max(...g.map(Math.abs)) / scale;
        return e <= 1e-8 ? null : `Xᵀ(Xw − y) is not 0 (relative size ${fmt(e)}): the residual must be orthogonal to every column of X`;
      },
    },
  ],
  // Weights are O(1) here. The QR route's error is ≈ κ(X)·1e-16, the normal equations' ≈ κ(X)²·1e-16
  // ≤ 1e-10 for κ ≤ 1e3 (the worst case above); 1e-7 accepts both and rejects every mistake.
  tolerance: { rtol: 1e-7, atol: 1e-7, why: "κ(X) ≤ 1e3 in every case, so even the normal equations keep 10 digits" },
  withheld: ["linalg.lstsq", "linalg.pinv"],
  hints: [
    "At the minimum the residual y − Xw is orthogonal to every column of X: Xᵀ(y − Xw) = 0, i.e. the normal equations XᵀX w = Xᵀy.",
    "np.linalg.solve(np.matmul(X.T, X), np.matmul(X.T, y)) solves them. Never add anything to XᵀX here: that would be ridge regression (lesson 1.8).",
    "More accurate: [Q, R] = np.linalg.qr(X), then w solves R w = Qᵀy — the conditioning of X instead of its square.",
  ],
  nearMisses: [
    { id: "missing-inverse", message: "You returned Xᵀy, the right-hand side of the normal equations. Solve XᵀX w = Xᵀy for w.",
      wrong: (X, y) => np.matmul(X.T, y) as Weights },
    { id: "columns-not-orthogonal", message: "Regressing y on each column separately (xⱼ·y / xⱼ·xⱼ) is right only when the columns are orthogonal. Solve the full system XᵀX w = Xᵀy.",
      wrong: (X, y) => np.divide(np.matmul(X.T, y), np.sum(np.square(X), 0)) as Weights },
    { id: "centered-data", message: "You centred X and y as if fitting an intercept. This exercise fits exactly ‖Xw − y‖² with no intercept: use X and y as given.",
      wrong: (X, y) => {
        const Xc = np.subtract(X, np.mean(X, 0));
        return np.linalg.solve(np.matmul(Xc.T, Xc), np.matmul(Xc.T, np.subtract(y, np.mean(y)))) as Weights;
      } },
    { id: "added-regularisation", message: "Your weights are slightly shrunk, as if a small λI was added to XᵀX. That is ridge regression; ordinary least squares adds nothing.",
      detect: (w, _e, X, y) => {
        // Is w a ridge solution (XᵀX + λI) w = Xᵀy for some λ > 0? Estimate λ from the residual
        // of the normal equations, λ = w·(Xᵀy − XᵀXw) / w·w, then check the equation holds.
        const g = np.subtract(np.matmul(X.T, y), np.matmul(np.matmul(X.T, X), w));
        const ww = np.dot(w, w).item();
        if (!(ww > 0)) return false;
        const lam = np.dot(w, g).item() / ww;
        if (!(lam > 0)) return false;
        const ridge = np.linalg.solve(np.add(np.matmul(X.T, X), np.multiply(lam, np.eye(X.shape[1]!))), np.matmul(X.T, y));
        return np.allclose(ridge, w, { rtol: 1e-6, atol: 1e-9 });
      } },
  ],
  builtinDiagnoses: ["shape"],
  demo: {
    title: "Fitting y ≈ w₀ + w₁ t to 20 noisy points of y = 2 + 3t (X has a column of ones)",
    args: (g) => {
      const t = Array.from({ length: 20 }, (_, i) => i / 19);
      return [tensorValue(t.map((s) => [1, s])), vectorValue(t.map((s) => 2 + 3 * s + 0.3 * (g.random() + g.random() - 1)))];
    },
    plot: (w, X, y) => {
      const t = rows(X).map((r) => r[1]!);
      const fit = t.map((s) => w.get(0) + w.get(1) * s);
      return { kind: "scatter", title: `least-squares line: ŷ = ${w.get(0).toFixed(3)} + ${w.get(1).toFixed(3)} t`,
        series: [{ name: "data", x: t, y: entries(y) }, { name: "fitted values X ŵ", x: t, y: fit }] };
    },
  },
});
