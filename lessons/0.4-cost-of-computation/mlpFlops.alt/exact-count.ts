/** Counts exactly as the arithmetic happens: K multiplications, K - 1 additions, 1 bias add, 1 ReLU. */
export function mlpFlops(sizes: readonly number[], batch: number): number {
  let flops = 0;
  for (let l = 1; l < sizes.length; l++) {
    const K = sizes[l - 1]!, M = sizes[l]!;
    const perOutput = K + (K - 1) + 1 + (l < sizes.length - 1 ? 1 : 0);
    flops += batch * M * perOutput;
  }
  return flops;
}
