// diagnosis: components-as-columns
import * as np from "mathlab";

/** Returns V[:, :k] (directions in the columns, as in the maths) where the exercise asks for rows. */
export function pcaFit(X: np.Tensor<["N", "D"]>, k: number): [np.Tensor<["D"]>, np.Tensor<["K", "D"]>, np.Tensor<["K"]>] {
  const n = X.shape[0]!;
  const mean = np.mean(X, 0);
  const [, S, Vh] = np.linalg.svd(np.subtract(X, mean), { fullMatrices: false });
  const V = Vh.T;
  return [mean, V.slice(":", `:${k}`), np.divide(np.square(S.slice(`:${k}`)), n - 1)];
}
