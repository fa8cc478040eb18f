// diagnosis: lost-tail
import * as np from "mathlab";

/** 1 / (1 + exp(-x)) everywhere: for x < -709.78, exp(-x) overflows and the result is 0 instead of about exp(x). */
export function stableSigmoid(x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  return np.divide(1, np.add(1, np.exp(np.negative(x))));
}
