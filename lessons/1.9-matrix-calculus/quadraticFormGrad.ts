import * as np from "mathlab";

/**
 * Gradient of the quadratic form f(x) = xᵀ A x with respect to x.
 *
 * A: shape [N, N], NOT necessarily symmetric; x: shape [N].
 * Returns ∇f(x), shape [N].
 */
export function quadraticFormGrad(A: np.Tensor<["N", "N"]>, x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  // TODO: differentiate Σᵢⱼ xᵢ Aᵢⱼ xⱼ with respect to x_k   // eq:grad-quadratic
  throw new Error(`TODO: quadraticFormGrad is not written yet (A: [${A.shape.join(", ")}], x: [${x.shape.join(", ")}])`);
}
