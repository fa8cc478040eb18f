// diagnosis: not-centered
import * as np from "mathlab";

/** Uses the singular values of X itself: the mean then counts as "variance" of the first component. */
export function explainedVariance(X: np.Tensor<["N", "D"]>): np.Tensor<["D"]> {
  const d = X.shape[1]!;
  const s2 = np.square(np.linalg.svd(X, { fullMatrices: false })[1]);
  return np.concatenate([np.divide(s2, np.sum(s2)), np.zeros([d - s2.shape[0]!])]);
}
