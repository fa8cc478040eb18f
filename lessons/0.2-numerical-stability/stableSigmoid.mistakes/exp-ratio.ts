// diagnosis: overflow-positive
import * as np from "mathlab";

/** exp(x) / (1 + exp(x)) everywhere: for x > 709.78 this is Infinity / Infinity = NaN. */
export function stableSigmoid(x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  const e = np.exp(x);
  return np.divide(e, np.add(1, e));
}
