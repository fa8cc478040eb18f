import * as np from "mathlab";

/**
 * Exact summation: every float64 is an integer multiple of 2^-1074, so scale each one to a BigInt,
 * add exactly, and round once at the end.
 */
export function kahanSum(x: np.Tensor<["N"]>): number {
  const buf = new Float64Array(1);
  const bits = new BigUint64Array(buf.buffer);
  let total = 0n;
  for (const v of x.toArray() as number[]) {
    buf[0] = v;
    const b = bits[0]!;
    const exponent = Number((b >> 52n) & 0x7ffn);
    const fraction = b & ((1n << 52n) - 1n);
    const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
    const scaled = mantissa << BigInt(Math.max(exponent - 1, 0)); // v = scaled * 2^-1074
    total += b >> 63n ? -scaled : scaled;
  }
  // Round to 64 significant bits, convert (a second, correct rounding to 53 bits), rescale exactly.
  const negative = total < 0n;
  let mag = negative ? -total : total;
  let shift = 0;
  while (mag >= 1n << 64n) { mag >>= 1n; shift++; }
  let value = Number(mag);
  let e = shift - 1074;
  while (e > 0) { const k = Math.min(e, 1000); value *= 2 ** k; e -= k; }
  while (e < 0) { const k = Math.min(-e, 1000); value /= 2 ** k; e += k; }
  return negative ? -value : value;
}
