// diagnosis: wrong-axis
import * as np from "mathlab";

/** Normalises each column instead of each row. */
export function softmax(z: np.Tensor<["N", "K"]>): np.Tensor<["N", "K"]> {
  const e = np.exp(np.subtract(z, np.max(z, { axis: 0, keepdims: true })));
  return np.divide(e, np.sum(e, { axis: 0, keepdims: true }));
}
