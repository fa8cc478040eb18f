/**
 * FLOPs of one forward pass of an MLP on a batch.
 *
 * sizes: layer widths [d0, d1, ..., dL] (input width first, output width last), at least 2 entries.
 * batch: number of examples B.
 * Layer l computes H_l = relu(H_{l-1} W_l + b_l), with no ReLU after the last layer.
 * Count each multiplication and each addition as one FLOP, and each ReLU comparison as one FLOP.
 */
export function mlpFlops(sizes: readonly number[], batch: number): number {
  // TODO: dense layers (eq:matmul-flops) plus the ReLUs of the hidden layers   // eq:mlp-flops
  throw new Error(`mlpFlops is not written yet (${sizes.length} widths, batch ${batch})`);
}
