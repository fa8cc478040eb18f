// diagnosis: naive-overflow
import * as np from "mathlab";

/** The definition as written: exp(x) overflows for x > 709.78, and 1 + exp(x) rounds tiny values away. */
export function softplus(x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  return np.log(np.add(1, np.exp(x)));
}
