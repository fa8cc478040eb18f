/**
 * Machine epsilon by halving: stop at the last h for which 1 + h/2 still rounds above 1.
 * In float32 every sum is rounded to float32 with Math.fround before it is compared.
 */
export function machineEpsilon(dtype: "float64" | "float32"): number {
  const round = dtype === "float32" ? Math.fround : (v: number): number => v;
  let h = 1;
  while (round(1 + h / 2) > 1) h /= 2; // eq:eps
  return h;
}
