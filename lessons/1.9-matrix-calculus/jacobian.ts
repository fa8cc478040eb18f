import * as np from "mathlab";

/**
 * Jacobian of the layer h(x) = tanh(W x + b) with respect to its input x.
 *
 * W: shape [M, N]; b: shape [M]; x: shape [N].
 * Returns J, shape [M, N], with J[i][j] = ∂hᵢ/∂xⱼ (one row per output, one column per input).
 */
export function jacobian(W: np.Tensor<["M", "N"]>, b: np.Tensor<["M"]>, x: np.Tensor<["N"]>): np.Tensor<["M", "N"]> {
  // TODO: chain rule: diag(tanh'(Wx + b)) · W    // eq:tanh-layer-jacobian
  throw new Error(`TODO: jacobian is not written yet (W: [${W.shape.join(", ")}], b: [${b.shape.join(", ")}], x: [${x.shape.join(", ")}])`);
}
