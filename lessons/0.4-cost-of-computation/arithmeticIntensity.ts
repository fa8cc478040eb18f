/**
 * Arithmetic intensity (FLOPs per byte) of the matrix product C = A B, with A of shape [n, k] and
 * B of shape [k, m], assuming the minimum memory traffic: A and B read once, C written once.
 *
 * bytesPerElement: 4 for float32, 2 for bfloat16, 8 for float64.
 * Count the product as 2·n·k·m FLOPs (one multiply-add per term, the lesson's dense-layer count).
 */
export function arithmeticIntensity(n: number, k: number, m: number, bytesPerElement: number): number {
  // TODO: FLOPs of the product over the bytes moved   // eq:matmul-intensity
  throw new Error(`arithmeticIntensity is not written yet (${n}×${k} times ${k}×${m}, ${bytesPerElement} bytes)`);
}
