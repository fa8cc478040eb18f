// diagnosis: batch-ignored
/** Counts the FLOPs of a single example and forgets to multiply by the batch size. */
export function mlpFlops(sizes: readonly number[], _batch: number): number {
  let flops = 0;
  for (let l = 1; l < sizes.length; l++) {
    flops += 2 * sizes[l - 1]! * sizes[l]!;
    if (l < sizes.length - 1) flops += sizes[l]!;
  }
  return flops;
}
