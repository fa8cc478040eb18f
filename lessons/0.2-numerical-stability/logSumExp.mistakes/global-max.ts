// diagnosis: global-max
import * as np from "mathlab";

/** Shifts every row by the maximum of the whole batch: rows far below it underflow to log(0) = -Infinity. */
export function logSumExp(x: np.Tensor<["N", "K"]>): np.Tensor<["N"]> {
  const m = np.max(x).item();
  return np.add(m, np.log(np.sum(np.exp(np.subtract(x, m)), { axis: -1 })));
}
