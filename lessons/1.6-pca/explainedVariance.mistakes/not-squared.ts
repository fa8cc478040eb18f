// diagnosis: not-squared
import * as np from "mathlab";

/** Normalises the singular values themselves: s_j / Σ s_l is not a fraction of variance. */
export function explainedVariance(X: np.Tensor<["N", "D"]>): np.Tensor<["D"]> {
  const d = X.shape[1]!;
  const s = np.linalg.svd(np.subtract(X, np.mean(X, 0)), { fullMatrices: false })[1];
  return np.concatenate([np.divide(s, np.sum(s)), np.zeros([d - s.shape[0]!])]);
}
