import * as np from "mathlab";

/**
 * Gradient of the logistic loss (binary cross-entropy) with respect to the weights.
 *
 * X: inputs, shape [N, D], one example per row. The bias is already folded in: if the model has
 *    one, a column of ones is part of X, so the score of example n is t_n = x_nᵀ w (no separate b).
 * y: labels, shape [N], each 0 or 1.
 * w: weights, shape [D].
 * Returns ∇_w L, shape [D], for the MEAN loss L(w) = −(1/N) Σ_n [y_n log σ(t_n) + (1 − y_n) log(1 − σ(t_n))].
 * No regularisation term.
 */
export function logisticGradient(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, w: np.Tensor<["D"]>): np.Tensor<["D"]> {
  // TODO: the scores t = Xw and the probabilities σ(t)   // eq:sigmoid
  // TODO: prediction minus target, weighted by the inputs, averaged   // eq:logistic-grad
  throw new Error(`TODO: logisticGradient is not written yet (X: [${X.shape.join(", ")}], y: [${y.shape.join(", ")}], w: [${w.shape.join(", ")}])`);
}
