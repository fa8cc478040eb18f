import * as np from "mathlab";

/**
 * Solve whichever system is smaller: the dual w = Xᵀ (XXᵀ + λI)⁻¹ y (N×N) when D > N, the
 * primal (XᵀX + λI) w = Xᵀy (D×D) otherwise. Both give the same w (push-through identity); the
 * dual with N > D would be a larger and, for tiny λ, nearly singular system, since XXᵀ then has rank D < N.
 */
export function ridge(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, lam: number): np.Tensor<["D"]> {
  const [n, d] = [X.shape[0]!, X.shape[1]!];
  if (d > n) {
    const alpha = np.linalg.solve(np.add(np.matmul(X, X.T), np.multiply(lam, np.eye(n))), y);
    return np.matmul(X.T, alpha) as np.Tensor<["D"]>; // eq:ridge-dual
  }
  return np.linalg.solve(np.add(np.matmul(X.T, X), np.multiply(lam, np.eye(d))), np.matmul(X.T, y)) as np.Tensor<["D"]>;
}
