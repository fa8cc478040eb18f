import * as np from "mathlab";

/**
 * The orthogonal projector onto the column space of A.
 *
 * A: shape [M, N], M ≥ N, linearly independent columns.
 * Returns P, shape [M, M], with P y the point of the column space closest to y:
 * P = A (AᵀA)⁻¹ Aᵀ, symmetric and idempotent (P P = P).
 *
 * Prefer np.linalg.solve(AᵀA, Aᵀ) to forming an explicit inverse.
 */
export function projectionMatrix(A: np.Tensor<["M", "N"]>): np.Tensor<["M", "M"]> {
  // TODO: P = A (AᵀA)⁻¹ Aᵀ   // eq:projector
  throw new Error(`TODO: projectionMatrix is not written yet (A has shape [${A.shape.join(", ")}])`);
}
