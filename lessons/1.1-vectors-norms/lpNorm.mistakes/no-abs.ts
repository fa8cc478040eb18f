// diagnosis: missing-abs
import * as np from "mathlab";

/** Scales correctly but raises x_i itself, not |x_i|, to the power p: odd p subtract negative entries, fractional p give NaN. */
export function lpNorm(x: np.Tensor<["N"]>, p: number): number {
  const xs = x.toArray() as number[];
  const m = Math.max(...xs.map(Math.abs));
  if (m === 0 || p === Infinity) return m;
  let s = 0;
  for (const v of xs) s += (v / m) ** p;
  return m * s ** (1 / p);
}
