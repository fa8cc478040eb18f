// diagnosis: no-sigmoid
import * as np from "mathlab";

/** The least-squares gradient (1/N) Xᵀ(Xw − y): the scores are compared with the labels without passing through σ. */
export function logisticGradient(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, w: np.Tensor<["D"]>): np.Tensor<["D"]> {
  return np.divide(np.matmul(X.T, np.subtract(np.matmul(X, w), y)), X.shape[0]);
}
