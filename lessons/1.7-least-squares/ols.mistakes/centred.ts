// diagnosis: centered-data
import * as np from "mathlab";

/** Centres X and y first, as when fitting an intercept, although no intercept was asked for. */
export function ols(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>): np.Tensor<["D"]> {
  const Xc = np.subtract(X, np.mean(X, 0));
  const yc = np.subtract(y, np.mean(y));
  return np.linalg.solve(np.matmul(Xc.T, Xc), np.matmul(Xc.T, yc));
}
