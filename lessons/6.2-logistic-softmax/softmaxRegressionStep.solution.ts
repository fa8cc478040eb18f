import * as np from "mathlab";

/**
 * W ← W − (η/N) Xᵀ(P − Y), b ← b − (η/N) (P − Y)ᵀ1, with P the row-wise softmax of Z = XW + b
 * (shifted by each row's maximum) and Y the one-hot labels.
 */
export function softmaxRegressionStep(
  X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, W: np.Tensor<["D", "K"]>, b: np.Tensor<["K"]>, lr: number,
): [np.Tensor<["D", "K"]>, np.Tensor<["K"]>] {
  const N = X.shape[0], K = W.shape[1];
  const Z = np.add(np.matmul(X, W), b);
  const e = np.exp(np.subtract(Z, np.max(Z, { axis: -1, keepdims: true }))); // eq:softmax-shift
  const P = np.divide(e, np.sum(e, { axis: -1, keepdims: true })); // eq:softmax
  const Y = np.equal(np.expandDims(y, 1), np.arange(K)); // row n is 1 in column y_n
  const E = np.subtract(P, Y); // eq:ce-grad
  const gradW = np.divide(np.matmul(X.T, E), N); // eq:softmax-grad-W
  const gradB = np.divide(np.sum(E, { axis: 0 }), N);
  return [np.subtract(W, np.multiply(lr, gradW)), np.subtract(b, np.multiply(lr, gradB))]; // eq:softmax-step
}
