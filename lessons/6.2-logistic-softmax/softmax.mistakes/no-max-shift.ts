// diagnosis: overflow
import * as np from "mathlab";

/** Textbook formula without the shift: exp(1000) is Infinity, and Infinity / Infinity is NaN. */
export function softmax(z: np.Tensor<["N", "K"]>): np.Tensor<["N", "K"]> {
  const e = np.exp(z);
  return np.divide(e, np.sum(e, { axis: -1, keepdims: true }));
}
