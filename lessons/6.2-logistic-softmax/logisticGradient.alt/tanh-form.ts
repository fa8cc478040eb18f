import * as np from "mathlab";

/** σ(t) = (1 + tanh(t/2)) / 2 never overflows; the mean over the examples via np.mean of the weighted rows. */
export function logisticGradient(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, w: np.Tensor<["D"]>): np.Tensor<["D"]> {
  const t = np.matmul(X, w);
  const p = np.multiply(0.5, np.add(1, np.tanh(np.multiply(0.5, t))));
  const weighted = np.multiply(X, np.expandDims(np.subtract(p, y), 1)); // row n is (p_n − y_n) x_n
  return np.mean(weighted, { axis: 0 }) as np.Tensor<["D"]>;
}
