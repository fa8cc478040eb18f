// diagnosis: missing-activation-derivative
import * as np from "mathlab";

/** Stops the chain rule at the linear part: the Jacobian of Wx + b is W, but tanh has a slope too. */
export function jacobian(W: np.Tensor<["M", "N"]>, b: np.Tensor<["M"]>, x: np.Tensor<["N"]>): np.Tensor<["M", "N"]> {
  void b;
  void x;
  return W.copy();
}
