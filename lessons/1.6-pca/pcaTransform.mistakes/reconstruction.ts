// diagnosis: shape
import * as np from "mathlab";

/** Returns the reconstruction mean + (X − mean) Wᵀ W in the original D dimensions, not the K scores. */
export function pcaTransform(X: np.Tensor<["N", "D"]>, mean: np.Tensor<["D"]>, components: np.Tensor<["K", "D"]>): np.Tensor<["N", "K"]> {
  const Z = np.matmul(np.subtract(X, mean), components.T);
  return np.add(np.matmul(Z, components), mean);
}
