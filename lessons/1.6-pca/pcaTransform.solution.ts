import * as np from "mathlab";

/** Z = (X − mean) @ componentsᵀ: centre with the training mean, then take inner products with each direction. */
export function pcaTransform(X: np.Tensor<["N", "D"]>, mean: np.Tensor<["D"]>, components: np.Tensor<["K", "D"]>): np.Tensor<["N", "K"]> {
  return np.matmul(np.subtract(X, mean), components.T) as np.Tensor<["N", "K"]>; // eq:pca-transform
}
