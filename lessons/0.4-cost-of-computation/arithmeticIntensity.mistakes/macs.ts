// diagnosis: counted-macs
/** Counts n·k·m multiply-adds as n·k·m FLOPs. */
export function arithmeticIntensity(n: number, k: number, m: number, bytesPerElement: number): number {
  return (n * k * m) / (bytesPerElement * (n * k + k * m + n * m));
}
