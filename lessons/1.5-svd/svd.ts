import * as np from "mathlab";

/**
 * The thin singular value decomposition of a tall or square matrix, like
 * `np.linalg.svd(A, { fullMatrices: false })`.
 *
 * A: shape [M, N] with M ≥ N.
 * Returns [U, S, Vt]: U (shape [M, N]) with orthonormal columns, S (shape [N]) the singular
 * values in descending order (all ≥ 0), and Vt (shape [N, N]) orthogonal, the right singular
 * vectors in its ROWS, so that A = U @ diag(S) @ Vt.
 *
 * Use one-sided Jacobi: rotate pairs of columns of W = A (and of V = I) until all columns of W
 * are mutually orthogonal; then S are the column norms and U the normalised columns.
 */
export function svd(A: np.Tensor<["M", "N"]>): [np.Tensor<["M", "N"]>, np.Tensor<["N"]>, np.Tensor<["N", "N"]>] {
  // TODO: for each pair of columns, α = ‖w_p‖², β = ‖w_q‖², γ = w_p·w_q   // eq:onesided-gram
  // TODO: rotate by θ with tan 2θ = 2γ/(β − α)                              // eq:onesided-angle
  // TODO: w_p ← c w_p − s w_q,  w_q ← s w_p + c w_q (and the same for V)    // eq:onesided-rotate
  // TODO: σ_i = ‖w_i‖, sorted descending; u_i = w_i / σ_i; return Vᵀ       // eq:svd-pairs
  throw new Error(`TODO: svd is not written yet (A has shape [${A.shape.join(", ")}])`);
}
