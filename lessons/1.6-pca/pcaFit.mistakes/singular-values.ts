// diagnosis: singular-values-as-variances
import * as np from "mathlab";

/** Reports the singular values themselves as the variances, without squaring and dividing by N − 1. */
export function pcaFit(X: np.Tensor<["N", "D"]>, k: number): [np.Tensor<["D"]>, np.Tensor<["K", "D"]>, np.Tensor<["K"]>] {
  const mean = np.mean(X, 0);
  const [, S, Vh] = np.linalg.svd(np.subtract(X, mean), { fullMatrices: false });
  return [mean, Vh.slice(`:${k}`, ":"), S.slice(`:${k}`)];
}
