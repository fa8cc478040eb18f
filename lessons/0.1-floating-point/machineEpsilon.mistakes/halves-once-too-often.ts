// diagnosis: unit-roundoff
/** Halves while 1 + h is still above 1, so the loop ends one step too late, at h = eps / 2. */
export function machineEpsilon(dtype: "float64" | "float32"): number {
  const round = dtype === "float32" ? Math.fround : (v: number): number => v;
  let h = 1;
  while (round(1 + h) > 1) h /= 2;
  return h;
}
