import * as np from "mathlab";

/**
 * Folds each row with logaddexp(a, b) = max(a, b) + log1p(exp(-|a - b|)): two terms at a time,
 * each step shifted by its own maximum, so nothing overflows.
 */
export function logSumExp(x: np.Tensor<["N", "K"]>): np.Tensor<["N"]> {
  const rows = x.toArray() as number[][];
  return np.array(rows.map((row) => row.reduce((a, b) => Math.max(a, b) + Math.log1p(Math.exp(-Math.abs(a - b))))));
}
