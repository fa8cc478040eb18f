// diagnosis: naive-summation
import * as np from "mathlab";

/** The plain loop: every rounding error stays, and they add up over N terms. */
export function kahanSum(x: np.Tensor<["N"]>): number {
  let s = 0;
  for (const v of x.toArray() as number[]) s += v;
  return s;
}
