import * as np from "mathlab";

/**
 * Uses the tails explicitly: for x < -37, log1p(e^x) equals e^x to working precision
 * (the next term, e^{2x}/2, is below u·e^x); for x > 37, x + e^{-x} likewise.
 */
export function softplus(x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  return np.array((x.toArray() as number[]).map((v) => {
    if (v < -37) return Math.exp(v);
    if (v > 37) return v + Math.exp(-v);
    return Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)));
  }));
}
