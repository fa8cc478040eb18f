// diagnosis: not-normalized
import * as np from "mathlab";

/** Shifts and exponentiates but forgets to divide by the row sum. */
export function softmax(z: np.Tensor<["N", "K"]>): np.Tensor<["N", "K"]> {
  return np.exp(np.subtract(z, np.max(z, { axis: -1, keepdims: true })));
}
