// diagnosis: labels-as-numbers
import * as np from "mathlab";

/** Subtracts the class index itself from every probability of the row, P − y, instead of the one-hot row. */
export function softmaxRegressionStep(
  X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, W: np.Tensor<["D", "K"]>, b: np.Tensor<["K"]>, lr: number,
): [np.Tensor<["D", "K"]>, np.Tensor<["K"]>] {
  const N = X.shape[0];
  const Z = np.add(np.matmul(X, W), b);
  const e = np.exp(np.subtract(Z, np.max(Z, { axis: -1, keepdims: true })));
  const P = np.divide(e, np.sum(e, { axis: -1, keepdims: true }));
  const E = np.subtract(P, np.reshape(y, [N, 1]));
  return [np.subtract(W, np.multiply(lr / N, np.matmul(X.T, E))), np.subtract(b, np.multiply(lr / N, np.sum(E, { axis: 0 })))];
}
