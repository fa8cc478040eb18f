// diagnosis: variance-1-over-n
import * as np from "mathlab";

/** Divides the squared singular values by N (population variance) where the exercise asks for N − 1. */
export function pcaFit(X: np.Tensor<["N", "D"]>, k: number): [np.Tensor<["D"]>, np.Tensor<["K", "D"]>, np.Tensor<["K"]>] {
  const n = X.shape[0]!;
  const mean = np.mean(X, 0);
  const [, S, Vh] = np.linalg.svd(np.subtract(X, mean), { fullMatrices: false });
  return [mean, Vh.slice(`:${k}`, ":"), np.divide(np.square(S.slice(`:${k}`)), n)];
}
