import * as np from "mathlab";

/** The pseudo-inverse route: w = V S⁻¹ Uᵀ y from the thin SVD of X. */
export function ols(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>): np.Tensor<["D"]> {
  const [U, S, Vh] = np.linalg.svd(X, { fullMatrices: false });
  const coeffs = np.divide(np.matmul(U.T, y), S); // (uⱼ·y) / sⱼ
  return np.matmul(Vh.T, coeffs) as np.Tensor<["D"]>; // eq:pinv
}
