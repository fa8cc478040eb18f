// diagnosis: lambda-all-entries
import * as np from "mathlab";

/** Writes XᵀX + lam: broadcasting adds lam to EVERY entry, not just the diagonal. */
export function ridge(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, lam: number): np.Tensor<["D"]> {
  return np.linalg.solve(np.add(np.matmul(X.T, X), lam), np.matmul(X.T, y));
}
