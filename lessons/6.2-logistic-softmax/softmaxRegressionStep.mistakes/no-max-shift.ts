// diagnosis: overflow
import * as np from "mathlab";

/** Exponentiates the raw scores: e^1000 is Infinity and the probabilities become NaN. */
export function softmaxRegressionStep(
  X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, W: np.Tensor<["D", "K"]>, b: np.Tensor<["K"]>, lr: number,
): [np.Tensor<["D", "K"]>, np.Tensor<["K"]>] {
  const N = X.shape[0], K = W.shape[1];
  const e = np.exp(np.add(np.matmul(X, W), b));
  const P = np.divide(e, np.sum(e, { axis: -1, keepdims: true }));
  const E = np.subtract(P, np.equal(np.expandDims(y, 1), np.arange(K)));
  return [np.subtract(W, np.multiply(lr / N, np.matmul(X.T, E))), np.subtract(b, np.multiply(lr / N, np.sum(E, { axis: 0 })))];
}
