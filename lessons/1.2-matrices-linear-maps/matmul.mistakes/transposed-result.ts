// diagnosis: transposed
import * as np from "mathlab";

/** Right sums, stored at [j][i]: the result is (AB)ᵀ, shape [M, N]. */
export function matmul(a: np.Tensor<["N", "K"]>, b: np.Tensor<["K", "M"]>): np.Tensor<["N", "M"]> {
  const A = a.toArray() as number[][];
  const B = b.toArray() as number[][];
  const [N, K] = a.shape as [number, number];
  const M = b.shape[1]!;
  const C = np.zeros([M, N]);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < M; j++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += A[i]![k]! * B[k]![j]!;
      C.set([j, i], s);
    }
  }
  return C as np.Tensor<["N", "M"]>;
}
