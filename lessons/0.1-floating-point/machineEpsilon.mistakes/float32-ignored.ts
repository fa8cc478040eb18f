// diagnosis: float32-in-float64
/** Runs the experiment in JavaScript numbers whatever the dtype: float32 gets float64's epsilon. */
export function machineEpsilon(_dtype: "float64" | "float32"): number {
  let h = 1;
  while (1 + h / 2 > 1) h /= 2;
  return h;
}
