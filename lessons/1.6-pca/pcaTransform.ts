import * as np from "mathlab";

/**
 * Project data onto fitted principal directions: the scores of each point.
 *
 * X: new data, shape [N, D]; mean: the mean fitted on the TRAINING data, shape [D];
 * components: the principal directions as rows, shape [K, D] (as returned by pcaFit).
 * Returns Z, shape [N, K], with Z[i, j] = components[j] · (X[i] − mean).
 */
export function pcaTransform(X: np.Tensor<["N", "D"]>, mean: np.Tensor<["D"]>, components: np.Tensor<["K", "D"]>): np.Tensor<["N", "K"]> {
  // TODO: centre with the fitted mean, then project   // eq:pca-transform
  throw new Error(`TODO: pcaTransform is not written yet (X: [${X.shape.join(", ")}], mean: [${mean.shape.join(", ")}], components: [${components.shape.join(", ")}])`);
}
