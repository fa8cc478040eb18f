/** 2nkm FLOPs over (nk + km + nm) elements of traffic, times the element size. */
export function arithmeticIntensity(n: number, k: number, m: number, bytesPerElement: number): number {
  const flops = 2 * n * k * m; // eq:matmul-flops
  const bytes = bytesPerElement * (n * k + k * m + n * m);
  return flops / bytes; // eq:matmul-intensity
}
