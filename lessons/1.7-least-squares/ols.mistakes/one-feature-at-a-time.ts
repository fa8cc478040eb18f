// diagnosis: columns-not-orthogonal
import * as np from "mathlab";

/** Regresses y on each column separately, wⱼ = xⱼ·y / xⱼ·xⱼ: right only when the columns are orthogonal. */
export function ols(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>): np.Tensor<["D"]> {
  return np.divide(np.matmul(X.T, y), np.sum(np.square(X), 0));
}
