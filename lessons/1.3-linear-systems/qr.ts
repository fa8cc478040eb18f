import * as np from "mathlab";

/**
 * Reduced QR factorisation A = Q R.
 *
 * a: shape [M, N] with M ≥ N.
 * Returns [q, r]: q of shape [M, N] with orthonormal columns (qᵀq = I to working precision,
 * even for ill-conditioned a), r of shape [N, N], upper triangular.
 *
 * np.linalg.qr is switched off in this exercise. Classical Gram–Schmidt is not accurate enough:
 * see the lesson for Householder reflections.
 */
export function qr(a: np.Tensor<["M", "N"]>): [np.Tensor<["M", "N"]>, np.Tensor<["N", "N"]>] {
  // TODO: reflect each column onto the first axis (eq:householder-sign), then build Q   // eq:householder-qr
  throw new Error(`qr is not written yet (a has shape [${a.shape.join(", ")}])`);
}
