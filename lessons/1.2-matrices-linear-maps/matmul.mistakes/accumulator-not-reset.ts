// diagnosis: accumulator-not-reset
import * as np from "mathlab";

/** The running sum is declared once, outside the loops: each entry also carries all the previous ones. */
export function matmul(a: np.Tensor<["N", "K"]>, b: np.Tensor<["K", "M"]>): np.Tensor<["N", "M"]> {
  const A = a.toArray() as number[][];
  const B = b.toArray() as number[][];
  const [N, K] = a.shape as [number, number];
  const M = b.shape[1]!;
  const C = np.zeros([N, M]);
  let s = 0;
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < M; j++) {
      for (let k = 0; k < K; k++) s += A[i]![k]! * B[k]![j]!;
      C.set([i, j], s);
    }
  }
  return C as np.Tensor<["N", "M"]>;
}
