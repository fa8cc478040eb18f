// diagnosis: y-minus-p
import * as np from "mathlab";

/** "Error = target − prediction", as in many update rules: the gradient of the loss is p − y, so this points uphill. */
export function logisticGradient(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, w: np.Tensor<["D"]>): np.Tensor<["D"]> {
  const p = np.sigmoid(np.matmul(X, w));
  return np.divide(np.matmul(X.T, np.subtract(y, p)), X.shape[0]);
}
