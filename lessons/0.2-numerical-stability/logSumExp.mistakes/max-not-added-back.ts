// diagnosis: missing-max
import * as np from "mathlab";

/** Shifts by the maximum but forgets to add it back after the log. */
export function logSumExp(x: np.Tensor<["N", "K"]>): np.Tensor<["N"]> {
  const m = np.max(x, { axis: -1, keepdims: true });
  return np.log(np.sum(np.exp(np.subtract(x, m)), { axis: -1 }));
}
