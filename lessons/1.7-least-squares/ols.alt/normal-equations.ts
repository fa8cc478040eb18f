import * as np from "mathlab";

/** The normal equations XᵀX w = Xᵀy, solved directly (fine when X is well conditioned). */
export function ols(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>): np.Tensor<["D"]> {
  return np.linalg.solve(np.matmul(X.T, X), np.matmul(X.T, y)) as np.Tensor<["D"]>; // eq:normal-equations
}
