// diagnosis: missing-mean
import * as np from "mathlab";

/** Sums the per-example gradients but never divides by N: the gradient of the total loss, not the mean. */
export function logisticGradient(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, w: np.Tensor<["D"]>): np.Tensor<["D"]> {
  const p = np.sigmoid(np.matmul(X, w));
  return np.matmul(X.T, np.subtract(p, y));
}
