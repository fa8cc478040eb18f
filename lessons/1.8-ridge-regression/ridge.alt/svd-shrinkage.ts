import * as np from "mathlab";

/** The SVD view: w = Σ sⱼ/(sⱼ² + λ) (uⱼ·y) vⱼ. */
export function ridge(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, lam: number): np.Tensor<["D"]> {
  const [U, S, Vh] = np.linalg.svd(X, { fullMatrices: false });
  const factors = np.divide(S, np.add(np.square(S), lam));
  return np.matmul(Vh.T, np.multiply(factors, np.matmul(U.T, y))) as np.Tensor<["D"]>; // eq:ridge-svd
}
