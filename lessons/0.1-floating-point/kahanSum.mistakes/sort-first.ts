// diagnosis: sorting-not-enough
import * as np from "mathlab";

/** Adds the terms from smallest to largest magnitude with a plain loop: better, but not compensated. */
export function kahanSum(x: np.Tensor<["N"]>): number {
  const xs = (x.toArray() as number[]).slice().sort((a, b) => Math.abs(a) - Math.abs(b));
  let s = 0;
  for (const v of xs) s += v;
  return s;
}
