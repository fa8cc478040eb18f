import * as np from "mathlab";

/**
 * The Lp norm of a vector, (Σ |x_i|^p)^(1/p), for p ≥ 1, including p = Infinity (max |x_i|).
 *
 * x: shape [N] (N ≥ 1).
 * p: a number ≥ 1, or Infinity.
 *
 * Entries as large as 1e200 or as small as 1e-200 must not overflow or underflow: scale first.
 */
export function lpNorm(x: np.Tensor<["N"]>, p: number): number {
  // TODO: m = max |x_i|; return m · (Σ (|x_i|/m)^p)^(1/p)   // eq:lp-scaled
  throw new Error(`lpNorm is not written yet (N = ${x.size}, p = ${p})`);
}
