// diagnosis: not-centered
import * as np from "mathlab";

/** Projects the raw points, forgetting to subtract the mean first. */
export function pcaTransform(X: np.Tensor<["N", "D"]>, mean: np.Tensor<["D"]>, components: np.Tensor<["K", "D"]>): np.Tensor<["N", "K"]> {
  void mean;
  return np.matmul(X, components.T);
}
