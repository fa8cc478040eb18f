import * as np from "mathlab";

/** ∇L = (1/N) Xᵀ(σ(Xw) − y): prediction minus target, weighted by the inputs, averaged over the examples. */
export function logisticGradient(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, w: np.Tensor<["D"]>): np.Tensor<["D"]> {
  const p = np.sigmoid(np.matmul(X, w)); // eq:sigmoid
  const error = np.subtract(p, y); // eq:logistic-dloss
  return np.divide(np.matmul(X.T, error), X.shape[0]) as np.Tensor<["D"]>; // eq:logistic-grad
}
