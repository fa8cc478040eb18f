// diagnosis: compensation-sign
import * as np from "mathlab";

/** Computes the lost part as y - (t - s): the opposite sign, so each correction doubles the error. */
export function kahanSum(x: np.Tensor<["N"]>): number {
  let s = 0;
  let c = 0;
  for (const v of x.toArray() as number[]) {
    const y = v - c;
    const t = s + y;
    c = y - (t - s);
    s = t;
  }
  return s;
}
