import * as np from "mathlab";

/** Triple loop per batch over flat row-major buffers (strides from lesson 0.3). */
export function batchedMatmul(a: np.Tensor<["B", "N", "K"]>, bm: np.Tensor<["B", "K", "M"]>): np.Tensor<["B", "N", "M"]> {
  const [B, N, K] = a.shape as [number, number, number];
  const M = bm.shape[2]!;
  const A = Float64Array.from((a.toArray() as number[][][]).flat(2));
  const Bf = Float64Array.from((bm.toArray() as number[][][]).flat(2));
  const out = new Float64Array(B * N * M);
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      for (let m = 0; m < M; m++) {
        let s = 0;
        for (let k = 0; k < K; k++) s += A[b * N * K + n * K + k]! * Bf[b * K * M + k * M + m]!; // eq:batched-matmul
        out[b * N * M + n * M + m] = s;
      }
    }
  }
  return np.fromFlat(out, [B, N, M]) as np.Tensor<["B", "N", "M"]>;
}
