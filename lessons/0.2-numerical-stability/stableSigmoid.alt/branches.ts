import * as np from "mathlab";

/** Element by element, choosing the form whose exponential cannot overflow. */
export function stableSigmoid(x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  return np.array((x.toArray() as number[]).map((v) => {
    if (v >= 0) return 1 / (1 + Math.exp(-v));
    const e = Math.exp(v);
    return e / (1 + e);
  }));
}
