// diagnosis: householder-sign
import * as np from "mathlab";

/** Householder with v = x - ‖x‖e1 always: cancels when x points along +e1, and v = 0 (0/0) when it does exactly. */
export function qr(a: np.Tensor<["M", "N"]>): [np.Tensor<["M", "N"]>, np.Tensor<["N", "N"]>] {
  const [M, N] = a.shape as [number, number];
  const R = (a.toArray() as number[][]).map((row) => row.slice());
  const vs: number[][] = [];
  const reflect = (X: number[][], v: number[], k: number, j: number): void => {
    let dot = 0, vtv = 0;
    for (let i = 0; i < v.length; i++) { dot += v[i]! * X[k + i]![j]!; vtv += v[i]! * v[i]!; }
    for (let i = 0; i < v.length; i++) X[k + i]![j]! -= ((2 * dot) / vtv) * v[i]!;
  };
  for (let k = 0; k < N; k++) {
    const v = R.slice(k).map((row) => row[k]!);
    v[0]! -= Math.hypot(...v);
    for (let j = k; j < N; j++) reflect(R, v, k, j);
    vs.push(v);
  }
  const Q = Array.from({ length: M }, (_, i) => Array.from({ length: N }, (_, j) => (i === j ? 1 : 0)));
  for (let k = N - 1; k >= 0; k--) for (let j = 0; j < N; j++) reflect(Q, vs[k]!, k, j);
  const Rn = R.slice(0, N).map((row, i) => row.map((val, j) => (j < i ? 0 : val)));
  return [np.array(Q).reshape([M, N]) as np.Tensor<["M", "N"]>, np.array(Rn).reshape([N, N]) as np.Tensor<["N", "N"]>];
}
