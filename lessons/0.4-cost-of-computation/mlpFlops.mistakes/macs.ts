// diagnosis: counted-macs
/** Counts one FLOP per multiply-add (a MAC), so the dense layers come out at half their cost. */
export function mlpFlops(sizes: readonly number[], batch: number): number {
  let flops = 0;
  for (let l = 1; l < sizes.length; l++) {
    flops += batch * sizes[l - 1]! * sizes[l]!;
    if (l < sizes.length - 1) flops += batch * sizes[l]!;
  }
  return flops;
}
