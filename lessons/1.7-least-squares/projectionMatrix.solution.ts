import * as np from "mathlab";

/** P = A (AᵀA)⁻¹ Aᵀ, with the inverse applied by solving (AᵀA) Z = Aᵀ instead of inverting. */
export function projectionMatrix(A: np.Tensor<["M", "N"]>): np.Tensor<["M", "M"]> {
  const gram = np.matmul(A.T, A);
  const Z = np.linalg.solve(gram, A.T); // (AᵀA)⁻¹ Aᵀ, shape [N, M]
  return np.matmul(A, Z) as np.Tensor<["M", "M"]>; // eq:projector
}
