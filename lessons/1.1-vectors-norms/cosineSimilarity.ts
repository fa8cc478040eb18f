import * as np from "mathlab";

/**
 * Cosine similarity between every row of x and every row of y.
 *
 * x: shape [N, D] (N vectors), y: shape [M, D] (M vectors).
 * Returns shape [N, M] with out[i, j] = <x_i, y_j> / (||x_i|| ||y_j||), and 0 where either
 * vector is zero (the angle is undefined there).
 */
export function cosineSimilarity(x: np.Tensor<["N", "D"]>, y: np.Tensor<["M", "D"]>): np.Tensor<["N", "M"]> {
  // TODO: inner products over Euclidean norms, one pair (i, j) per entry   // eq:cosine
  throw new Error(`cosineSimilarity is not written yet (x: [${x.shape.join(", ")}], y: [${y.shape.join(", ")}])`);
}
