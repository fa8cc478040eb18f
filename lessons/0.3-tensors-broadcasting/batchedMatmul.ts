import * as np from "mathlab";

/**
 * A batch of matrix products: out[b] = a[b] @ bm[b] for every b.
 *
 * a:  shape [B, N, K]
 * bm: shape [B, K, M]
 * Returns shape [B, N, M], with out[b, n, m] = sum over k of a[b, n, k] * bm[b, k, m].
 *
 * np.matmul, np.dot and np.einsum are switched off: write the product yourself
 * (loops, or broadcasting followed by a sum).
 */
export function batchedMatmul(a: np.Tensor<["B", "N", "K"]>, bm: np.Tensor<["B", "K", "M"]>): np.Tensor<["B", "N", "M"]> {
  // TODO: out[b, n, m] = Σ_k a[b, n, k] · bm[b, k, m]   // eq:batched-matmul
  throw new Error(`batchedMatmul is not written yet (a: [${a.shape.join(", ")}], bm: [${bm.shape.join(", ")}])`);
}
