// diagnosis: missing-inverse
import * as np from "mathlab";

/** Uses A Aᵀ, the formula for orthonormal columns, on a general A. */
export function projectionMatrix(A: np.Tensor<["M", "N"]>): np.Tensor<["M", "M"]> {
  return np.matmul(A, A.T);
}
