// diagnosis: r-not-upper
import * as np from "mathlab";

/** Householder QR done right, but R is copied out with its indices swapped: r[i][j] = R[j][i], lower triangular. */
export function qr(a: np.Tensor<["M", "N"]>): [np.Tensor<["M", "N"]>, np.Tensor<["N", "N"]>] {
  const [M, N] = a.shape as [number, number];
  const R = (a.toArray() as number[][]).map((row) => row.slice());
  const vs: (number[] | null)[] = [];
  /** y[k..] ← H y[k..] with H = I - 2 v vᵀ / (vᵀ v), for column j of the matrix X. */
  const reflect = (X: number[][], v: number[], k: number, j: number): void => {
    let dot = 0, vtv = 0;
    for (let i = 0; i < v.length; i++) { dot += v[i]! * X[k + i]![j]!; vtv += v[i]! * v[i]!; }
    const f = (2 * dot) / vtv;
    for (let i = 0; i < v.length; i++) X[k + i]![j]! -= f * v[i]!;
  };
  for (let k = 0; k < N; k++) {
    const x = R.slice(k).map((row) => row[k]!);
    const norm = Math.hypot(...x);
    if (norm === 0) { vs.push(null); continue; } // the column is already zero below the diagonal
    const v = x.slice();
    v[0]! += (x[0]! >= 0 ? 1 : -1) * norm;
    for (let j = k; j < N; j++) reflect(R, v, k, j);
    vs.push(v);
  }
  // Q = H_1 H_2 ... H_N applied to the first N columns of the identity, last reflection first.
  const Q = Array.from({ length: M }, (_, i) => Array.from({ length: N }, (_, j) => (i === j ? 1 : 0)));
  for (let k = N - 1; k >= 0; k--) {
    const v = vs[k];
    if (!v) continue;
    for (let j = 0; j < N; j++) reflect(Q, v, k, j);
  }
  const Rn = Array.from({ length: N }, (_, i) => Array.from({ length: N }, (_, j) => (i < j ? 0 : R[j]![i]!)));
  return [np.array(Q).reshape([M, N]) as np.Tensor<["M", "N"]>, np.array(Rn).reshape([N, N]) as np.Tensor<["N", "N"]>];
}
