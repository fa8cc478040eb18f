/**
 * Divides numerator and denominator by nkm: I = 2 / (b (1/m + 1/n + 1/k)). The intensity is set by
 * the harmonic mean of the three sizes, so the smallest dimension limits it.
 */
export function arithmeticIntensity(n: number, k: number, m: number, bytesPerElement: number): number {
  return 2 / (bytesPerElement * (1 / m + 1 / n + 1 / k));
}
