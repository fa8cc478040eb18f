import * as np from "mathlab";

/** log σ(x) = x - softplus(x), with a stable softplus; then one exponential. */
export function stableSigmoid(x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  const softplus = np.add(np.maximum(x, 0), np.log1p(np.exp(np.negative(np.abs(x)))));
  return np.exp(np.subtract(x, softplus));
}
