// diagnosis: overflow
import * as np from "mathlab";

/** σ(t) written as eᵗ / (1 + eᵗ): for a score of 800, eᵗ is Infinity and Infinity / Infinity is NaN. */
export function logisticGradient(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, w: np.Tensor<["D"]>): np.Tensor<["D"]> {
  const e = np.exp(np.matmul(X, w));
  const p = np.divide(e, np.add(1, e));
  return np.divide(np.matmul(X.T, np.subtract(p, y)), X.shape[0]);
}
