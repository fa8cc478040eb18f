// diagnosis: cumulative
import * as np from "mathlab";

/** Returns the running total (what the "how many components" plot shows) instead of each ratio. */
export function explainedVariance(X: np.Tensor<["N", "D"]>): np.Tensor<["D"]> {
  const d = X.shape[1]!;
  const s2 = np.square(np.linalg.svd(np.subtract(X, np.mean(X, 0)), { fullMatrices: false })[1]);
  const ratio = np.concatenate([np.divide(s2, np.sum(s2)), np.zeros([d - s2.shape[0]!])]);
  return np.cumsum(ratio);
}
