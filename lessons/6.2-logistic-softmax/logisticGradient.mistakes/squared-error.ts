// diagnosis: extra-sigmoid-slope
import * as np from "mathlab";

/**
 * Applies the chain rule through σ by hand and keeps the factor σ(1 − σ): that is the gradient of
 * the squared error ½(σ(t) − y)², not of the cross-entropy, where the factor cancels.
 */
export function logisticGradient(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, w: np.Tensor<["D"]>): np.Tensor<["D"]> {
  const p = np.sigmoid(np.matmul(X, w));
  const slope = np.multiply(p, np.subtract(1, p));
  return np.divide(np.matmul(X.T, np.multiply(np.subtract(p, y), slope)), X.shape[0]);
}
