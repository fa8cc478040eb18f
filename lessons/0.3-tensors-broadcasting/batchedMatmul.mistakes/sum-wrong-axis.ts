// diagnosis: wrong-sum-axis
import * as np from "mathlab";

/** Broadcasts correctly to [B, N, K, M] but sums over the last axis (m) instead of k. */
export function batchedMatmul(a: np.Tensor<["B", "N", "K"]>, bm: np.Tensor<["B", "K", "M"]>): np.Tensor<["B", "N", "M"]> {
  return np.sum(np.multiply(np.expandDims(a, 3), np.expandDims(bm, 1)), -1) as np.Tensor<["B", "N", "M"]>;
}
