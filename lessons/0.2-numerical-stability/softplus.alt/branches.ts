import * as np from "mathlab";

/** Element by element: x + log1p(e^{-x}) for x > 0, log1p(e^x) otherwise. */
export function softplus(x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  return np.array((x.toArray() as number[]).map((v) => (v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v)))));
}
