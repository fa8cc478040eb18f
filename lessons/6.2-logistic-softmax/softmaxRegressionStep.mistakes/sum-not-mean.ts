// diagnosis: missing-mean
import * as np from "mathlab";

/** Steps along the gradient of the summed loss: the step is N times too long. */
export function softmaxRegressionStep(
  X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, W: np.Tensor<["D", "K"]>, b: np.Tensor<["K"]>, lr: number,
): [np.Tensor<["D", "K"]>, np.Tensor<["K"]>] {
  const K = W.shape[1];
  const Z = np.add(np.matmul(X, W), b);
  const e = np.exp(np.subtract(Z, np.max(Z, { axis: -1, keepdims: true })));
  const P = np.divide(e, np.sum(e, { axis: -1, keepdims: true }));
  const E = np.subtract(P, np.equal(np.expandDims(y, 1), np.arange(K)));
  return [np.subtract(W, np.multiply(lr, np.matmul(X.T, E))), np.subtract(b, np.multiply(lr, np.sum(E, { axis: 0 })))];
}
