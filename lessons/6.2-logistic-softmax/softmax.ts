import * as np from "mathlab";

/**
 * Softmax over the last axis.
 *
 * z: logits, shape [N, K] (N examples, K classes).
 * Returns p with the same shape, where each row is exp(z) normalised to sum to 1.
 *
 * Large logits (say 1000) must not overflow: think about what you can subtract from a row
 * without changing its softmax.
 */
export function softmax(z: np.Tensor<["N", "K"]>): np.Tensor<["N", "K"]> {
  // TODO: exponentiate and normalise each row   // eq:softmax
  throw new Error(`softmax is not written yet (z has shape [${z.shape.join(", ")}])`);
}
