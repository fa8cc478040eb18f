import * as np from "mathlab";

/** log(1 + e^x) = max(x, 0) + log1p(e^{-|x|}): the exponent is never positive, and log1p keeps tiny terms. */
export function softplus(x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  return np.add(np.maximum(x, 0), np.log1p(np.exp(np.negative(np.abs(x))))); // eq:softplus
}
