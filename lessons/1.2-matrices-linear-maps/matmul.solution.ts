import * as np from "mathlab";

/** Three loops over flat row-major buffers; the sum over k is the inner loop. */
export function matmul(a: np.Tensor<["N", "K"]>, b: np.Tensor<["K", "M"]>): np.Tensor<["N", "M"]> {
  const [N, K] = a.shape as [number, number];
  const M = b.shape[1]!;
  const A = Float64Array.from((a.toArray() as number[][]).flat());
  const B = Float64Array.from((b.toArray() as number[][]).flat());
  const C = new Float64Array(N * M);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < M; j++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += A[i * K + k]! * B[k * M + j]!; // eq:matmul
      C[i * M + j] = s;
    }
  }
  return np.fromFlat(C, [N, M]) as np.Tensor<["N", "M"]>;
}
