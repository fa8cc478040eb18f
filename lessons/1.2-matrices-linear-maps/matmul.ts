import * as np from "mathlab";

/**
 * The matrix product C = A B, from its definition.
 *
 * a: shape [N, K], b: shape [K, M].
 * Returns shape [N, M] with C[i, j] = Σ_k a[i, k] · b[k, j].
 *
 * np.matmul, np.dot, np.einsum (and the .matmul method) are switched off in this exercise.
 */
export function matmul(a: np.Tensor<["N", "K"]>, b: np.Tensor<["K", "M"]>): np.Tensor<["N", "M"]> {
  // TODO: entry (i, j) is row i of a dotted with column j of b   // eq:matmul
  throw new Error(`matmul is not written yet (a: [${a.shape.join(", ")}], b: [${b.shape.join(", ")}])`);
}
