// diagnosis: threshold-shortcut
import * as np from "mathlab";

/** Returns x itself above 20 ("softplus is x there"): off by log1p(e^{-x}), about 2e-9 at x = 20. */
export function softplus(x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  return np.where(np.greater(x, 20), x, np.log1p(np.exp(x)));
}
