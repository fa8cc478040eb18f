import * as np from "mathlab";

/**
 * Fit PCA with k components.
 *
 * X: data, shape [N, D] (N points, D features); k: number of components, 1 ≤ k ≤ min(N - 1, D).
 * Returns [mean, components, variances]:
 *   mean        shape [D]     the mean of the rows of X,
 *   components  shape [K, D]  the k principal directions as ROWS (unit length, mutually orthogonal),
 *                             in order of decreasing variance (like scikit-learn's components_),
 *   variances   shape [K]     the variance of the data along each direction, with the 1/(N - 1)
 *                             sample-covariance convention (scikit-learn's explained_variance_).
 *
 * Hint of the lesson: take the SVD of the CENTRED data.
 */
export function pcaFit(X: np.Tensor<["N", "D"]>, k: number): [np.Tensor<["D"]>, np.Tensor<["K", "D"]>, np.Tensor<["K"]>] {
  // TODO: centre the data                       // eq:centre
  // TODO: SVD of the centred data; directions = rows of Vh, variances = s² / (N − 1)   // eq:pca-svd
  throw new Error(`TODO: pcaFit is not written yet (X: [${X.shape.join(", ")}], k = ${k})`);
}
