// diagnosis: elements-not-bytes
/** Divides by the number of elements moved, not by the number of bytes. */
export function arithmeticIntensity(n: number, k: number, m: number, _bytesPerElement: number): number {
  return (2 * n * k * m) / (n * k + k * m + n * m);
}
