/** Starts from a power of two far too small and doubles it until 1 + h is no longer 1. */
export function machineEpsilon(dtype: "float64" | "float32"): number {
  const round = dtype === "float32" ? Math.fround : (v: number): number => v;
  let h = 2 ** -80;
  while (!(round(1 + h) > 1)) h *= 2;
  return h;
}
