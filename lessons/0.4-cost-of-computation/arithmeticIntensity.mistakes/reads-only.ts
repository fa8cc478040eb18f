// diagnosis: output-not-counted
/** Counts the reads of A and B but not the write of C. */
export function arithmeticIntensity(n: number, k: number, m: number, bytesPerElement: number): number {
  return (2 * n * k * m) / (bytesPerElement * (n * k + k * m));
}
