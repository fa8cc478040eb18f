import * as np from "mathlab";

/**
 * Softmax over the last axis: each row of `z` (logits) becomes a probability distribution.
 * Subtracting the row maximum first leaves the result unchanged and keeps exp from overflowing.
 */
export function softmax(z: np.Tensor<["N", "K"]>): np.Tensor<["N", "K"]> {
  const shifted = np.subtract(z, np.max(z, { axis: -1, keepdims: true })); // eq:softmax-shift
  const e = np.exp(shifted);
  return np.divide(e, np.sum(e, { axis: -1, keepdims: true })); // eq:softmax
}
