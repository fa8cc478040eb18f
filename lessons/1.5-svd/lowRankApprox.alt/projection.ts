import * as np from "mathlab";

/**
 * A_k = A V_k V_kᵀ: project the rows of A onto the top-k right singular vectors, which are the top-k
 * eigenvectors of AᵀA (eigh lists eigenvalues ascending, so take the last k columns).
 */
export function lowRankApprox(A: np.Tensor<["M", "N"]>, k: number): np.Tensor<["M", "N"]> {
  const n = A.shape[1]!;
  const [, V] = np.linalg.eigh(np.matmul(A.T, A));
  const Vk = V.slice(":", `${n - k}:`);
  return np.matmul(np.matmul(A, Vk), Vk.T);
}
