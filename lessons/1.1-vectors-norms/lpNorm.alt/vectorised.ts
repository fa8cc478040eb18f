import * as np from "mathlab";

/** The same scaling with whole-array operations. */
export function lpNorm(x: np.Tensor<["N"]>, p: number): number {
  const a = np.abs(x);
  const m = np.max(a).item();
  if (m === 0 || p === Infinity) return m;
  return m * np.sum(np.power(np.divide(a, m), p)).item() ** (1 / p);
}
