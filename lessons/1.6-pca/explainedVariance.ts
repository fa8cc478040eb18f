import * as np from "mathlab";

/**
 * Explained variance ratio of every principal component.
 *
 * X: data, shape [N, D], not all rows equal.
 * Returns r, shape [D]: r[j] is the fraction of the total variance that lies along the j-th
 * principal direction, in decreasing order; the entries are ≥ 0 and sum to 1 (directions beyond
 * the rank of the centred data get 0).
 */
export function explainedVariance(X: np.Tensor<["N", "D"]>): np.Tensor<["D"]> {
  // TODO: centre, take singular values, square them, divide by their sum   // eq:explained-ratio
  throw new Error(`TODO: explainedVariance is not written yet (X has shape [${X.shape.join(", ")}])`);
}
