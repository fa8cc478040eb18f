/**
 * Counts through the parameters: every weight is one multiply-add per example, and the bias adds
 * fill in the missing addition of each sum, so dense layers cost 2·B·(number of weights).
 */
export function mlpFlops(sizes: readonly number[], batch: number): number {
  const weights = sizes.slice(1).reduce((total, d, i) => total + sizes[i]! * d, 0);
  const hiddenUnits = sizes.slice(1, -1).reduce((total, d) => total + d, 0);
  return 2 * batch * weights + batch * hiddenUnits;
}
