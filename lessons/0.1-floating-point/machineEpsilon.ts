/**
 * Machine epsilon of a floating-point format, found by experiment.
 *
 * dtype: "float64" (JavaScript's own numbers) or "float32" (round every result with Math.fround).
 * Returns the smallest power of two h for which 1 + h, computed in that format, is greater than 1.
 *
 * Do not use Number.EPSILON: the point is to watch rounding happen.
 */
export function machineEpsilon(dtype: "float64" | "float32"): number {
  // TODO: start from h = 1 and halve it while 1 + h/2 is still greater than 1   // eq:eps
  throw new Error(`machineEpsilon is not written yet (dtype ${dtype})`);
}
