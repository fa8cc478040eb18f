import * as np from "mathlab";

/** Scaled by the largest |x_i|, so every ratio lies in [0, 1] and the sum in [1, N]. */
export function lpNorm(x: np.Tensor<["N"]>, p: number): number {
  const a = (x.toArray() as number[]).map(Math.abs);
  const m = Math.max(...a);
  if (m === 0 || p === Infinity) return m; // eq:linf
  let s = 0;
  for (const v of a) s += (v / m) ** p; // eq:lp
  return m * s ** (1 / p); // eq:lp-scaled
}
