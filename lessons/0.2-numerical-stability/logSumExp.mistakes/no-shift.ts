// diagnosis: overflow
import * as np from "mathlab";

/** The definition as written: exp(1000) is Infinity, and every row with a large entry is lost. */
export function logSumExp(x: np.Tensor<["N", "K"]>): np.Tensor<["N"]> {
  return np.log(np.sum(np.exp(x), { axis: -1 }));
}
