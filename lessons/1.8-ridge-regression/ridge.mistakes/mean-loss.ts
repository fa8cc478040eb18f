// diagnosis: lambda-factor
import * as np from "mathlab";

/** Solves the mean-squared-error version (1/N)‖Xw − y‖² + lam‖w‖²: the ridge solution for N·lam. */
export function ridge(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, lam: number): np.Tensor<["D"]> {
  const [n, d] = [X.shape[0]!, X.shape[1]!];
  const A = np.add(np.divide(np.matmul(X.T, X), n), np.multiply(lam, np.eye(d)));
  return np.linalg.solve(A, np.divide(np.matmul(X.T, y), n));
}
