// diagnosis: missing-root
import * as np from "mathlab";

/** Returns Σ |x_i|^p (for p = 2, the squared norm) without the final p-th root. */
export function lpNorm(x: np.Tensor<["N"]>, p: number): number {
  const a = (x.toArray() as number[]).map(Math.abs);
  const m = Math.max(...a);
  if (m === 0 || p === Infinity) return m;
  let s = 0;
  for (const v of a) s += (v / m) ** p;
  return m ** p * s;
}
