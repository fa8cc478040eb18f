import * as np from "mathlab";

/**
 * Solve A x = b by Gaussian elimination with partial pivoting (PA = LU), then substitution.
 *
 * a: shape [N, N], invertible.  b: shape [N].
 * Returns x, shape [N].
 *
 * np.linalg.solve and np.linalg.inv are switched off in this exercise.
 */
export function luSolve(a: np.Tensor<["N", "N"]>, b: np.Tensor<["N"]>): np.Tensor<["N"]> {
  // TODO: factor with row swaps (eq:plu), apply the same swaps to b,
  //       forward substitution, then back substitution   // eq:substitution
  throw new Error(`luSolve is not written yet (a: [${a.shape.join(", ")}], b: [${b.shape.join(", ")}])`);
}
