// diagnosis: lambda-factor
import * as np from "mathlab";

/**
 * Differentiates the loss as 2Xᵀ(Xw − y) but the penalty as lam·w (dropping its 2), giving
 * (2XᵀX + lam I) w = 2Xᵀy: the ridge solution for lam/2.
 */
export function ridge(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, lam: number): np.Tensor<["D"]> {
  const d = X.shape[1]!;
  const A = np.add(np.multiply(2, np.matmul(X.T, X)), np.multiply(lam, np.eye(d)));
  return np.linalg.solve(A, np.multiply(2, np.matmul(X.T, y)));
}
