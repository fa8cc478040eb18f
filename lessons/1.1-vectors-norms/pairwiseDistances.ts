import * as np from "mathlab";

/**
 * Euclidean distance between every row of x and every row of y.
 *
 * x: shape [N, D], y: shape [M, D].
 * Returns shape [N, M] with out[i, j] = ||x_i - y_j||.
 *
 * Try the expansion ||x_i||² - 2<x_i, y_j> + ||y_j||² (one matrix product), and make sure
 * nearly identical points do not produce NaN.
 */
export function pairwiseDistances(x: np.Tensor<["N", "D"]>, y: np.Tensor<["M", "D"]>): np.Tensor<["N", "M"]> {
  // TODO: squared norms, one matrix product, broadcast, clamp at 0, square root   // eq:pairwise
  throw new Error(`pairwiseDistances is not written yet (x: [${x.shape.join(", ")}], y: [${y.shape.join(", ")}])`);
}
