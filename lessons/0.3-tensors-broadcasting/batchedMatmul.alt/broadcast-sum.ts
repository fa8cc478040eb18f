import * as np from "mathlab";

/** Inserts axes so that a is [B, N, K, 1] and bm is [B, 1, K, M], multiplies, and sums over k. */
export function batchedMatmul(a: np.Tensor<["B", "N", "K"]>, bm: np.Tensor<["B", "K", "M"]>): np.Tensor<["B", "N", "M"]> {
  const products = np.multiply(np.expandDims(a, 3), np.expandDims(bm, 1)); // [B, N, K, M]
  return np.sum(products, 2) as np.Tensor<["B", "N", "M"]>;
}
