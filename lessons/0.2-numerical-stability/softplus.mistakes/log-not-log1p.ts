// diagnosis: log1p-needed
import * as np from "mathlab";

/** The right shift, but log(1 + z) instead of log1p(z): for x < -37, 1 + e^x rounds to 1 and the result is 0. */
export function softplus(x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  return np.add(np.maximum(x, 0), np.log(np.add(1, np.exp(np.negative(np.abs(x))))));
}
