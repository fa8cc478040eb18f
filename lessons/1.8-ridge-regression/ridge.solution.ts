import * as np from "mathlab";

/** The closed form: solve (XᵀX + λI) w = Xᵀy, with λ added to the diagonal only. */
export function ridge(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, lam: number): np.Tensor<["D"]> {
  const d = X.shape[1]!;
  const A = np.add(np.matmul(X.T, X), np.multiply(lam, np.eye(d))); // eq:ridge-normal
  return np.linalg.solve(A, np.matmul(X.T, y)) as np.Tensor<["D"]>; // eq:ridge-closed
}
