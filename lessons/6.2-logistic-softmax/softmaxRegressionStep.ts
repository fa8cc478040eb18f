import * as np from "mathlab";

/**
 * One step of gradient descent for softmax regression.
 *
 * X:  inputs, shape [N, D], one example per row.
 * y:  labels, shape [N], class indices 0, 1, …, K − 1 (NOT one-hot: build the one-hot Y yourself).
 * W:  weights, shape [D, K], one column per class.
 * b:  biases, shape [K], kept separate from W (X has no column of ones).
 * lr: the learning rate η.
 * Scores Z = XW + b (b added to every row), P = softmax of each row of Z. The loss is the MEAN
 * cross-entropy over the N examples, with no regularisation term. Returns the new weights and
 * biases after one step, [W − η ∇_W L, b − η ∇_b L]; do not change W or b in place.
 * Scores may be large (around ±1000): compute the softmax so that it cannot overflow.
 */
export function softmaxRegressionStep(
  X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, W: np.Tensor<["D", "K"]>, b: np.Tensor<["K"]>, lr: number,
): [np.Tensor<["D", "K"]>, np.Tensor<["K"]>] {
  // TODO: scores and row-wise probabilities   // eq:softmax
  // TODO: one-hot labels, then the gradients   // eq:softmax-grad-W
  // TODO: step downhill   // eq:softmax-step
  throw new Error(`TODO: softmaxRegressionStep is not written yet (X: [${X.shape.join(", ")}], y: [${y.shape.join(", ")}], W: [${W.shape.join(", ")}], b: [${b.shape.join(", ")}], lr = ${lr})`);
}
