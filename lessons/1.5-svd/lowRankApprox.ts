import * as np from "mathlab";

/**
 * The best rank-k approximation of A (Eckart–Young): keep the k largest singular values.
 *
 * A: shape [M, N]; k: 1 ≤ k ≤ min(M, N).
 * Returns A_k (shape [M, N]) = Σ_{i=1..k} σᵢ uᵢ vᵢᵀ, the first k terms (indices 0 … k−1 in code).
 *
 * np.linalg.svd is available here. Remember that it returns [U, S, Vh] with S descending and the
 * right singular vectors in the ROWS of Vh.
 */
export function lowRankApprox(A: np.Tensor<["M", "N"]>, k: number): np.Tensor<["M", "N"]> {
  // TODO: truncate the SVD after k terms   // eq:truncated
  throw new Error(`TODO: lowRankApprox is not written yet (A: [${A.shape.join(", ")}], k = ${k})`);
}
