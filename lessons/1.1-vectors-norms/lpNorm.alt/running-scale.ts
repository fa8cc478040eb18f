import * as np from "mathlab";

/**
 * One pass with a running scale (as reference BLAS's nrm2 does): keep scale = max so far and
 * ssq = Σ (|x_i|/scale)^p, rescaling ssq whenever a larger entry appears.
 */
export function lpNorm(x: np.Tensor<["N"]>, p: number): number {
  let scale = 0;
  let ssq = 1;
  for (const v of x.toArray() as number[]) {
    const a = Math.abs(v);
    if (a === 0) continue;
    if (p === Infinity) { scale = Math.max(scale, a); continue; }
    if (a > scale) {
      ssq = 1 + ssq * (scale / a) ** p;
      scale = a;
    } else {
      ssq += (a / scale) ** p;
    }
  }
  return p === Infinity || scale === 0 ? scale : scale * ssq ** (1 / p);
}
