// diagnosis: refit-mean
import * as np from "mathlab";

/** Centres the new data with ITS OWN mean instead of the mean fitted on the training data. */
export function pcaTransform(X: np.Tensor<["N", "D"]>, mean: np.Tensor<["D"]>, components: np.Tensor<["K", "D"]>): np.Tensor<["N", "K"]> {
  void mean;
  return np.matmul(np.subtract(X, np.mean(X, 0)), components.T);
}
