import * as np from "mathlab";

/**
 * Neumaier's variant: the rounding error of each addition is recovered from whichever operand is
 * larger, accumulated separately, and added once at the end.
 */
export function kahanSum(x: np.Tensor<["N"]>): number {
  const xs = x.toArray() as number[];
  let s = 0;
  let comp = 0;
  for (const v of xs) {
    const t = s + v;
    comp += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
    s = t;
  }
  return s + comp;
}
