import * as np from "mathlab";

/** AB as a sum of K outer products: column k of a times row k of b (eq:rank-product). */
export function matmul(a: np.Tensor<["N", "K"]>, b: np.Tensor<["K", "M"]>): np.Tensor<["N", "M"]> {
  const A = a.toArray() as number[][];
  const B = b.toArray() as number[][];
  const [N, K] = a.shape as [number, number];
  const M = b.shape[1]!;
  const C = Array.from({ length: N }, () => new Array<number>(M).fill(0));
  for (let k = 0; k < K; k++) {
    for (let i = 0; i < N; i++) {
      const aik = A[i]![k]!;
      for (let j = 0; j < M; j++) C[i]![j]! += aik * B[k]![j]!;
    }
  }
  return np.array(C).reshape([N, M]) as np.Tensor<["N", "M"]>;
}
