import * as np from "mathlab";

/**
 * log(sum(exp(x))) over the last axis, for every row.
 *
 * x: shape [N, K] (N rows of K log-values, e.g. logits or log-probabilities).
 * Returns shape [N]: the log of the sum of the exponentials of each row.
 *
 * Rows like [1000, 999] or [-1000, -1001] must give finite answers.
 */
export function logSumExp(x: np.Tensor<["N", "K"]>): np.Tensor<["N"]> {
  // TODO: shift each row by its maximum, exponentiate, sum, log, add the maximum back   // eq:lse
  throw new Error(`logSumExp is not written yet (x has shape [${x.shape.join(", ")}])`);
}
