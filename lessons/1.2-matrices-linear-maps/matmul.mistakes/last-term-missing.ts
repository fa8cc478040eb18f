// diagnosis: off-by-one
import * as np from "mathlab";

/** The inner loop stops at K - 2: the last term of every sum is missing. */
export function matmul(a: np.Tensor<["N", "K"]>, b: np.Tensor<["K", "M"]>): np.Tensor<["N", "M"]> {
  const A = a.toArray() as number[][];
  const B = b.toArray() as number[][];
  const [N, K] = a.shape as [number, number];
  const M = b.shape[1]!;
  const C = np.zeros([N, M]);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < M; j++) {
      let s = 0;
      for (let k = 0; k < K - 1; k++) s += A[i]![k]! * B[k]![j]!;
      C.set([i, j], s);
    }
  }
  return C as np.Tensor<["N", "M"]>;
}
