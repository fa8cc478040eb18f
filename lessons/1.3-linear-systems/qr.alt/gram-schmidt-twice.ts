import * as np from "mathlab";

/** Classical Gram–Schmidt with every column orthogonalised twice ("twice is enough"). */
export function qr(a: np.Tensor<["M", "N"]>): [np.Tensor<["M", "N"]>, np.Tensor<["N", "N"]>] {
  const [M, N] = a.shape as [number, number];
  const A = a.toArray() as number[][];
  const qs: number[][] = [];
  const R = Array.from({ length: N }, () => new Array<number>(N).fill(0));
  for (let j = 0; j < N; j++) {
    const v = A.map((row) => row[j]!);
    for (let pass = 0; pass < 2; pass++) {
      const coeffs = qs.map((q) => q.reduce((s, qi, i) => s + qi * v[i]!, 0));
      coeffs.forEach((c, i) => {
        R[i]![j]! += c;
        for (let t = 0; t < M; t++) v[t]! -= c * qs[i]![t]!;
      });
    }
    const norm = Math.hypot(...v);
    R[j]![j] = norm;
    qs.push(v.map((t) => t / norm));
  }
  const Q = Array.from({ length: M }, (_, i) => qs.map((q) => q[i]!));
  return [np.array(Q).reshape([M, N]) as np.Tensor<["M", "N"]>, np.array(R).reshape([N, N]) as np.Tensor<["N", "N"]>];
}
