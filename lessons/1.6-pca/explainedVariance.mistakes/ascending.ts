// diagnosis: ascending
import * as np from "mathlab";

/** Takes the covariance eigenvalues from eigh as they come: ascending, smallest component first. */
export function explainedVariance(X: np.Tensor<["N", "D"]>): np.Tensor<["D"]> {
  const n = X.shape[0]!;
  const Xc = np.subtract(X, np.mean(X, 0));
  const w = np.linalg.eigh(np.divide(np.matmul(Xc.T, Xc), n - 1))[0];
  const clipped = np.maximum(w, 0);
  return np.divide(clipped, np.sum(clipped));
}
