import * as np from "mathlab";

/** Modified Gram–Schmidt by hand, then P = Σ qⱼ qⱼᵀ over the orthonormal columns. */
export function projectionMatrix(A: np.Tensor<["M", "N"]>): np.Tensor<["M", "M"]> {
  const [m, n] = [A.shape[0]!, A.shape[1]!];
  const qs: number[][] = [];
  for (let j = 0; j < n; j++) {
    const v = Array.from({ length: m }, (_, i) => A.get(i, j));
    for (let pass = 0; pass < 2; pass++) {
      for (const q of qs) {
        const d = q.reduce((s, qi, i) => s + qi * v[i]!, 0);
        for (let i = 0; i < m; i++) v[i]! -= d * q[i]!;
      }
    }
    const len = Math.sqrt(v.reduce((s, t) => s + t * t, 0));
    qs.push(v.map((t) => t / len));
  }
  const P = Array.from({ length: m }, (_, i) => Array.from({ length: m }, (_, k) => qs.reduce((s, q) => s + q[i]! * q[k]!, 0)));
  return np.array(P) as np.Tensor<["M", "M"]>;
}
