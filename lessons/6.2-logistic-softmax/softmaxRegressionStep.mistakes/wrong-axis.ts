// diagnosis: softmax-wrong-axis
import * as np from "mathlab";

/** Normalises the scores down each column (over the examples) instead of along each row (over the classes). */
export function softmaxRegressionStep(
  X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, W: np.Tensor<["D", "K"]>, b: np.Tensor<["K"]>, lr: number,
): [np.Tensor<["D", "K"]>, np.Tensor<["K"]>] {
  const N = X.shape[0], K = W.shape[1];
  const Z = np.add(np.matmul(X, W), b);
  const e = np.exp(np.subtract(Z, np.max(Z, { axis: 0, keepdims: true })));
  const P = np.divide(e, np.sum(e, { axis: 0, keepdims: true }));
  const E = np.subtract(P, np.equal(np.expandDims(y, 1), np.arange(K)));
  return [np.subtract(W, np.multiply(lr / N, np.matmul(X.T, E))), np.subtract(b, np.multiply(lr / N, np.sum(E, { axis: 0 })))];
}
