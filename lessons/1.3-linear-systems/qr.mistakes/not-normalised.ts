// diagnosis: columns-not-unit
import * as np from "mathlab";

/** Gram–Schmidt that subtracts the projections but never divides by the norm: QR = A, but Q's columns are not unit vectors. */
export function qr(a: np.Tensor<["M", "N"]>): [np.Tensor<["M", "N"]>, np.Tensor<["N", "N"]>] {
  const [M, N] = a.shape as [number, number];
  const A = a.toArray() as number[][];
  const vs: number[][] = [];
  const R = Array.from({ length: N }, () => new Array<number>(N).fill(0));
  for (let j = 0; j < N; j++) {
    const v = A.map((row) => row[j]!);
    vs.forEach((q, i) => {
      const r = q.reduce((s, qi, t) => s + qi * v[t]!, 0) / q.reduce((s, qi) => s + qi * qi, 0);
      R[i]![j] = r;
      for (let t = 0; t < M; t++) v[t]! -= r * q[t]!;
    });
    R[j]![j] = 1;
    vs.push(v);
  }
  const Q = Array.from({ length: M }, (_, i) => vs.map((q) => q[i]!));
  return [np.array(Q).reshape([M, N]) as np.Tensor<["M", "N"]>, np.array(R).reshape([N, N]) as np.Tensor<["N", "N"]>];
}
