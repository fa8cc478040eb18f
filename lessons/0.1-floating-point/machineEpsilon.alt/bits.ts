/**
 * Reads the gap after 1 straight from the bit pattern: the next float after 1 has the same bits
 * as 1 plus one in the last place, and epsilon is the difference.
 */
export function machineEpsilon(dtype: "float64" | "float32"): number {
  if (dtype === "float32") {
    const f = new Float32Array([1]);
    const bits = new Uint32Array(f.buffer);
    bits[0] = bits[0]! + 1;
    return f[0]! - 1;
  }
  const d = new Float64Array([1]);
  const words = new BigUint64Array(d.buffer);
  words[0] = words[0]! + 1n;
  return d[0]! - 1;
}
