// diagnosis: not-centered
import * as np from "mathlab";

/** Takes the SVD of X itself: the first "direction" then points towards the mean of the data. */
export function pcaFit(X: np.Tensor<["N", "D"]>, k: number): [np.Tensor<["D"]>, np.Tensor<["K", "D"]>, np.Tensor<["K"]>] {
  const n = X.shape[0]!;
  const mean = np.mean(X, 0);
  const [, S, Vh] = np.linalg.svd(X, { fullMatrices: false });
  return [mean, Vh.slice(`:${k}`, ":"), np.divide(np.square(S.slice(`:${k}`)), n - 1)];
}
