import * as np from "mathlab";

/**
 * softplus(x) = log(1 + exp(x)), elementwise, without overflow and without losing small values.
 *
 * x: shape [N].
 * Returns shape [N]: positive, close to max(x, 0) far from 0, and close to exp(x) for very negative x.
 */
export function softplus(x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  // TODO: max(x, 0) + log1p(exp(-|x|))   // eq:softplus
  throw new Error(`softplus is not written yet (x has shape [${x.shape.join(", ")}])`);
}
