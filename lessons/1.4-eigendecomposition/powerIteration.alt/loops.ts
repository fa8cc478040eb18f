import * as np from "mathlab";

/** The same algorithm with plain arrays and loops; the start vector comes from np.random. */
export function powerIteration(A: np.Tensor<["N", "N"]>, tol: number, maxIters: number): [number, np.Tensor<["N"]>] {
  const a = A.toArray() as number[][];
  const n = a.length;
  const scale = Math.sqrt(a.flat().reduce((s, v) => s + v * v, 0));
  const mul = (v: number[]): number[] => a.map((row) => row.reduce((s, aij, j) => s + aij * v[j]!, 0));
  const len = (v: number[]): number => Math.sqrt(v.reduce((s, t) => s + t * t, 0));
  let x = (np.random.randn(n).toArray() as number[]);
  x = x.map((t) => t / len(x));
  let value = 0;
  for (let k = 0; k <= maxIters; k++) {
    const y = mul(x);
    value = y.reduce((s, t, i) => s + t * x[i]!, 0);
    if (len(y.map((t, i) => t - value * x[i]!)) <= tol * scale || k === maxIters) break;
    const ly = len(y);
    x = y.map((t) => t / ly);
  }
  return [value, np.array(x) as np.Tensor<["N"]>];
}
