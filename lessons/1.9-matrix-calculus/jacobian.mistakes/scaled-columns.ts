// diagnosis: columns-scaled
import * as np from "mathlab";

/** Broadcasts the [M] slopes along the LAST axis of W, which scales columns (W·diag) instead of rows. */
export function jacobian(W: np.Tensor<["M", "N"]>, b: np.Tensor<["M"]>, x: np.Tensor<["N"]>): np.Tensor<["M", "N"]> {
  const h = np.tanh(np.add(np.matmul(W, x), b));
  return np.multiply(W, np.subtract(1, np.square(h)));
}
