// diagnosis: transposed
import * as np from "mathlab";

/** Right sums, written to out[b][m][n]: the result is each product transposed, shape [B, M, N]. */
export function batchedMatmul(a: np.Tensor<["B", "N", "K"]>, bm: np.Tensor<["B", "K", "M"]>): np.Tensor<["B", "N", "M"]> {
  const A = a.toArray() as number[][][];
  const Bm = bm.toArray() as number[][][];
  const [B, N, K] = a.shape as [number, number, number];
  const M = bm.shape[2]!;
  const out = np.zeros([B, M, N]);
  for (let b = 0; b < B; b++) {
    for (let m = 0; m < M; m++) {
      for (let n = 0; n < N; n++) {
        let s = 0;
        for (let k = 0; k < K; k++) s += A[b]![n]![k]! * Bm[b]![k]![m]!;
        out.set([b, m, n], s);
      }
    }
  }
  return out as np.Tensor<["B", "N", "M"]>;
}
