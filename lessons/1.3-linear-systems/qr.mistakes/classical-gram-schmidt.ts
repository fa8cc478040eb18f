// diagnosis: loss-of-orthogonality
import * as np from "mathlab";

/** Classical Gram–Schmidt: exact in exact arithmetic, but on ill-conditioned columns Q is far from orthogonal. */
export function qr(a: np.Tensor<["M", "N"]>): [np.Tensor<["M", "N"]>, np.Tensor<["N", "N"]>] {
  const [M, N] = a.shape as [number, number];
  const A = a.toArray() as number[][];
  const qs: number[][] = [];
  const R = Array.from({ length: N }, () => new Array<number>(N).fill(0));
  for (let j = 0; j < N; j++) {
    const col = A.map((row) => row[j]!);
    const v = col.slice();
    qs.forEach((q, i) => {
      const r = q.reduce((s, qi, t) => s + qi * col[t]!, 0);
      R[i]![j] = r;
      for (let t = 0; t < M; t++) v[t]! -= r * q[t]!;
    });
    R[j]![j] = Math.hypot(...v);
    qs.push(v.map((t) => t / R[j]![j]!));
  }
  const Q = Array.from({ length: M }, (_, i) => qs.map((q) => q[i]!));
  return [np.array(Q).reshape([M, N]) as np.Tensor<["M", "N"]>, np.array(R).reshape([N, N]) as np.Tensor<["N", "N"]>];
}
