import * as np from "mathlab";

/**
 * Sum of the entries of x with Kahan's compensated summation.
 *
 * x: shape [N] (N may be 0; the empty sum is 0).
 * Returns one number whose error is about 2u·sum|x_i|, not (N-1)u·sum|x_i| like a plain loop.
 *
 * Keep a running sum s and a compensation c: each step adds y = x_i - c, then sets
 * c = (t - s) - y, the part of y that the addition t = s + y rounded away (with a minus sign).
 */
export function kahanSum(x: np.Tensor<["N"]>): number {
  // TODO: loop over x.toArray() with a running sum and a compensation   // eq:kahan-c
  throw new Error(`kahanSum is not written yet (x has ${x.size} entries)`);
}
