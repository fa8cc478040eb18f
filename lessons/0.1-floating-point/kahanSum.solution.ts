import * as np from "mathlab";

/** Kahan's compensated summation: the rounding error of each addition is carried into the next. */
export function kahanSum(x: np.Tensor<["N"]>): number {
  const xs = x.toArray() as number[];
  let s = 0;
  let c = 0;
  for (const v of xs) {
    const y = v - c;
    const t = s + y;
    c = (t - s) - y; // eq:kahan-c
    s = t;
  }
  return s;
}
