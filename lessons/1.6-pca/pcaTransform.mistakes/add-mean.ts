// diagnosis: sign-of-mean
import * as np from "mathlab";

/** Adds the mean instead of subtracting it (a sign slip in X − μ). */
export function pcaTransform(X: np.Tensor<["N", "D"]>, mean: np.Tensor<["D"]>, components: np.Tensor<["K", "D"]>): np.Tensor<["N", "K"]> {
  return np.matmul(np.add(X, mean), components.T);
}
