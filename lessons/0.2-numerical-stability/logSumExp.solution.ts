import * as np from "mathlab";

/** Log-sum-exp of each row, shifted by the row maximum so that no exponential exceeds 1. */
export function logSumExp(x: np.Tensor<["N", "K"]>): np.Tensor<["N"]> {
  const m = np.max(x, { axis: -1, keepdims: true }); // shape [N, 1]
  const shifted = np.exp(np.subtract(x, m)); // every entry in (0, 1], the largest exactly 1
  const lse = np.add(m, np.log(np.sum(shifted, { axis: -1, keepdims: true }))); // eq:lse
  return np.squeeze(lse, -1);
}
