import * as np from "mathlab";

/**
 * All eigenvalues and orthonormal eigenvectors of a symmetric matrix, like `np.linalg.eigh`.
 *
 * A: a symmetric matrix, shape [N, N].
 * Returns [w, V]: w (shape [N]) holds the eigenvalues in ascending order, and column i of V
 * (shape [N, N]) is a unit eigenvector for w[i], so that A @ V = V @ diag(w) and Vᵀ V = I.
 *
 * Use cyclic Jacobi rotations: sweep over all pairs p < q, rotate to zero A[p][q], accumulate the
 * rotations in V, and stop when the off-diagonal part is negligible.
 */
export function symmetricEig(A: np.Tensor<["N", "N"]>): [np.Tensor<["N"]>, np.Tensor<["N", "N"]>] {
  // TODO: angle that zeroes a_pq             // eq:jacobi-angle
  // TODO: update rows/columns p and q          // eq:jacobi-update
  // TODO: stop when off(A) is negligible       // eq:jacobi-off
  throw new Error(`TODO: symmetricEig is not written yet (A has shape [${A.shape.join(", ")}])`);
}
