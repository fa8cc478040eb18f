import * as np from "mathlab";

/**
 * The dominant eigenpair of a symmetric matrix by power iteration.
 *
 * A: a symmetric matrix, shape [N, N], whose eigenvalue of largest magnitude is unique.
 * tol: stop as soon as the eigen-residual ‖A x − ρ x‖ is at most tol · ‖A‖_F, where
 *      ρ = xᵀ A x is the Rayleigh quotient of the current unit vector x.
 * maxIters: give up after this many multiplications by A.
 * Returns [value, vector]: the eigenvalue of largest magnitude (with its sign) and a unit
 * eigenvector (shape [N]; either sign is fine).
 *
 * Start from a random vector, and normalise after every multiplication.
 */
export function powerIteration(A: np.Tensor<["N", "N"]>, tol: number, maxIters: number): [number, np.Tensor<["N"]>] {
  // TODO: x ← A x / ‖A x‖                  // eq:power-step
  // TODO: stop on the residual, not on ‖x_{k+1} − x_k‖ (the sign may flip every step)
  throw new Error(`TODO: powerIteration is not written yet (A: [${A.shape.join(", ")}], tol ${tol}, maxIters ${maxIters})`);
}
