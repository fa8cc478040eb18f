import * as np from "mathlab";

/**
 * Ordinary least squares: the weights w minimising ‖X w − y‖².
 *
 * X: design matrix, shape [N, D], N ≥ D, linearly independent columns (add a column of ones
 *    yourself if you want an intercept; this function does not);
 * y: targets, shape [N].
 * Returns w, shape [D].
 *
 * np.linalg.solve and np.linalg.qr are available; np.linalg.lstsq and pinv are not.
 */
export function ols(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>): np.Tensor<["D"]> {
  // TODO: solve the normal equations XᵀX w = Xᵀy, or better R w = Qᵀy   // eq:normal-equations
  throw new Error(`TODO: ols is not written yet (X: [${X.shape.join(", ")}], y: [${y.shape.join(", ")}])`);
}
