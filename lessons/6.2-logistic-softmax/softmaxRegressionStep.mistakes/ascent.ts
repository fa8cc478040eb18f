// diagnosis: ascent
import * as np from "mathlab";

/** Takes "target minus prediction" as the error and still subtracts it: a step of gradient ascent. */
export function softmaxRegressionStep(
  X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, W: np.Tensor<["D", "K"]>, b: np.Tensor<["K"]>, lr: number,
): [np.Tensor<["D", "K"]>, np.Tensor<["K"]>] {
  const N = X.shape[0], K = W.shape[1];
  const Z = np.add(np.matmul(X, W), b);
  const e = np.exp(np.subtract(Z, np.max(Z, { axis: -1, keepdims: true })));
  const P = np.divide(e, np.sum(e, { axis: -1, keepdims: true }));
  const E = np.subtract(np.equal(np.expandDims(y, 1), np.arange(K)), P);
  return [np.subtract(W, np.multiply(lr / N, np.matmul(X.T, E))), np.subtract(b, np.multiply(lr / N, np.sum(E, { axis: 0 })))];
}
