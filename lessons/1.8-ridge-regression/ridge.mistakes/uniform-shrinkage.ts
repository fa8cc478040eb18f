// diagnosis: uniform-shrinkage
import * as np from "mathlab";

/** "Ridge shrinks the weights": OLS divided by (1 + lam). True only for orthonormal columns. */
export function ridge(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, lam: number): np.Tensor<["D"]> {
  const w = np.matmul(np.linalg.pinv(X), y);
  return np.divide(w, 1 + lam);
}
