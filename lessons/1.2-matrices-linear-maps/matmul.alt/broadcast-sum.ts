import * as np from "mathlab";

/** a as [N, K, 1] times b as [1, K, M], summed over the middle axis. */
export function matmul(a: np.Tensor<["N", "K"]>, b: np.Tensor<["K", "M"]>): np.Tensor<["N", "M"]> {
  return np.sum(np.multiply(np.expandDims(a, 2), np.expandDims(b, 0)), 1) as np.Tensor<["N", "M"]>;
}
