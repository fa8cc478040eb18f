import * as np from "mathlab";

/**
 * Classical Jacobi: always rotate away the largest off-diagonal entry. Each rotation removes at
 * least a fraction 2/(n(n-1)) of the off-diagonal mass, so this converges without sweeps.
 */
export function symmetricEig(A: np.Tensor<["N", "N"]>): [np.Tensor<["N"]>, np.Tensor<["N", "N"]>] {
  const n = A.shape[0]!;
  const a: number[][] = (A.toArray() as number[][]).map((row) => row.slice());
  const v: number[][] = [];
  for (let i = 0; i < n; i++) {
    v.push(new Array<number>(n).fill(0));
    v[i]![i] = 1;
  }
  let scale = 0;
  for (const row of a) for (const x of row) scale += x * x;
  scale = Math.sqrt(scale);

  for (let iter = 0; iter < 50 * n * n + 10; iter++) {
    let p = 0, q = 1, big = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (Math.abs(a[i]![j]!) > big) { big = Math.abs(a[i]![j]!); p = i; q = j; }
      }
    }
    if (big <= 1e-16 * scale || n < 2) break;
    // tan(2θ) = 2 a_pq / (a_qq − a_pp), written with atan2 and folded to |θ| ≤ π/4
    let twoTheta = Math.atan2(2 * a[p]![q]!, a[q]![q]! - a[p]![p]!);
    if (twoTheta > Math.PI / 2) twoTheta -= Math.PI;
    if (twoTheta < -Math.PI / 2) twoTheta += Math.PI;
    const c = Math.cos(twoTheta / 2), s = Math.sin(twoTheta / 2);
    // A ← Jᵀ A J as two passes: columns p, q (A J), then rows p, q (Jᵀ ·)
    for (let r = 0; r < n; r++) {
      const x = a[r]![p]!, y = a[r]![q]!;
      a[r]![p] = c * x - s * y;
      a[r]![q] = s * x + c * y;
    }
    for (let r = 0; r < n; r++) {
      const x = a[p]![r]!, y = a[q]![r]!;
      a[p]![r] = c * x - s * y;
      a[q]![r] = s * x + c * y;
    }
    a[p]![q] = 0;
    a[q]![p] = 0;
    for (let r = 0; r < n; r++) {
      const x = v[r]![p]!, y = v[r]![q]!;
      v[r]![p] = c * x - s * y;
      v[r]![q] = s * x + c * y;
    }
  }

  const pairs = a.map((row, i) => ({ value: row[i]!, col: i })).sort((x, y) => x.value - y.value);
  const w = pairs.map((e) => e.value);
  const vecs = v.map((row) => pairs.map((e) => row[e.col]!));
  return [np.array(w) as np.Tensor<["N"]>, np.array(vecs) as np.Tensor<["N", "N"]>];
}
