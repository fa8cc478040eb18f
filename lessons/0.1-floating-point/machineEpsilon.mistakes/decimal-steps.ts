// diagnosis: not-power-of-two
/** Shrinks h by factors of 10: the answer it stops at is not the gap between floats. */
export function machineEpsilon(dtype: "float64" | "float32"): number {
  const round = dtype === "float32" ? Math.fround : (v: number): number => v;
  let h = 1;
  while (round(1 + h / 10) > 1) h /= 10;
  return h;
}
