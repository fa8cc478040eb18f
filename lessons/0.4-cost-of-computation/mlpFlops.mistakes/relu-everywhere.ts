// diagnosis: relu-on-output
/** Puts a ReLU after the output layer too. */
export function mlpFlops(sizes: readonly number[], batch: number): number {
  let flops = 0;
  for (let l = 1; l < sizes.length; l++) flops += 2 * batch * sizes[l - 1]! * sizes[l]! + batch * sizes[l]!;
  return flops;
}
