// diagnosis: wrong-axis
import * as np from "mathlab";

/** Reduces over axis 0 (the rows) instead of the last axis. */
export function logSumExp(x: np.Tensor<["N", "K"]>): np.Tensor<["N"]> {
  const m = np.max(x, { axis: 0, keepdims: true });
  return np.squeeze(np.add(m, np.log(np.sum(np.exp(np.subtract(x, m)), { axis: 0, keepdims: true }))), 0);
}
