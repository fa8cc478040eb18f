// diagnosis: overflow-scaling
import * as np from "mathlab";

/** The formula as written: |1e200|^2 overflows to Infinity, |1e-200|^2 underflows to 0. */
export function lpNorm(x: np.Tensor<["N"]>, p: number): number {
  if (p === Infinity) return Math.max(...(x.toArray() as number[]).map(Math.abs));
  let s = 0;
  for (const v of x.toArray() as number[]) s += Math.abs(v) ** p;
  return s ** (1 / p);
}
