import * as np from "mathlab";

/**
 * The determinant of a square matrix, by Gaussian elimination with partial pivoting.
 *
 * a: shape [N, N].
 * Returns det(a) = (-1)^(number of row swaps) · (product of the pivots).
 *
 * np.linalg.det (and the other decompositions) are switched off in this exercise.
 */
export function determinant(a: np.Tensor<["N", "N"]>): number {
  // TODO: eliminate below each pivot, swapping in the largest entry; track the sign   // eq:det-elimination
  throw new Error(`determinant is not written yet (a has shape [${a.shape.join(", ")}])`);
}
