// diagnosis: x-not-transposed
import * as np from "mathlab";

/** Multiplies the errors by X instead of Xᵀ; runs only because X happens to be square in some cases, and throws otherwise. */
export function logisticGradient(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, w: np.Tensor<["D"]>): np.Tensor<["D"]> {
  const p = np.sigmoid(np.matmul(X, w));
  return np.divide(np.matmul(X, np.subtract(p, y)), X.shape[0]);
}
