/** Σ_l 2·B·d_{l-1}·d_l for the dense layers (bias included) + Σ_{l<L} B·d_l for the ReLUs. */
export function mlpFlops(sizes: readonly number[], batch: number): number {
  let flops = 0;
  const L = sizes.length - 1;
  for (let l = 1; l <= L; l++) {
    flops += 2 * batch * sizes[l - 1]! * sizes[l]!; // eq:matmul-flops
    if (l < L) flops += batch * sizes[l]!; // eq:mlp-flops
  }
  return flops;
}
