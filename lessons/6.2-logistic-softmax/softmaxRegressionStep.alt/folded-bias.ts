import * as np from "mathlab";

/**
 * Folds the bias into the weights, as the lesson does for the binary case: append a column of ones
 * to X and the row bᵀ to W, take one step on the stacked [D + 1, K] matrix, split it again.
 * The probabilities come from log-softmax, Z − logsumexp(Z), exponentiated once.
 */
export function softmaxRegressionStep(
  X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, W: np.Tensor<["D", "K"]>, b: np.Tensor<["K"]>, lr: number,
): [np.Tensor<["D", "K"]>, np.Tensor<["K"]>] {
  const [N, D] = X.shape;
  const K = W.shape[1];
  const X1 = np.concatenate([X, np.ones([N, 1])], 1);
  const W1 = np.concatenate([W, np.reshape(b, [1, K])], 0);
  const Z = np.matmul(X1, W1);
  const m = np.max(Z, { axis: 1, keepdims: true });
  const lse = np.add(m, np.log(np.sum(np.exp(np.subtract(Z, m)), { axis: 1, keepdims: true })));
  const P = np.exp(np.subtract(Z, lse));
  const Y = np.take(np.eye(K), y, 0);
  const step = np.multiply(lr / N, np.matmul(X1.T, np.subtract(P, Y)));
  const [newW, newB] = np.split(np.subtract(W1, step), [D], 0);
  return [newW as np.Tensor<["D", "K"]>, np.reshape(newB!, [K]) as np.Tensor<["K"]>];
}
