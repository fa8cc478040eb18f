import * as np from "mathlab";

/** Least squares by QR: X = QR, then R w = Qᵀ y (conditioning of X, not of XᵀX). */
export function ols(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>): np.Tensor<["D"]> {
  const [Q, R] = np.linalg.qr(X);
  return np.linalg.solve(R, np.matmul(Q.T, y)) as np.Tensor<["D"]>; // eq:ls-qr
}
