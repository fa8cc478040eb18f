// diagnosis: missing-inverse
import * as np from "mathlab";

/** Stops at Xᵀy: the right-hand side of the normal equations, never solved against XᵀX. */
export function ols(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>): np.Tensor<["D"]> {
  return np.matmul(X.T, y);
}
