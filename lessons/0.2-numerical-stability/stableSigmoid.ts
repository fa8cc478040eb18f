import * as np from "mathlab";

/**
 * The logistic sigmoid 1 / (1 + exp(-x)), elementwise, accurate for every float64 input.
 *
 * x: shape [N].
 * Returns shape [N], each entry in [0, 1].
 *
 * Neither 1 / (1 + exp(-x)) nor exp(x) / (1 + exp(x)) is safe on its own: look at which one
 * overflows for which sign of x, and evaluate only exp(-|x|).
 */
export function stableSigmoid(x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  // TODO: z = exp(-|x|), then 1/(1+z) where x >= 0 and z/(1+z) where x < 0   // eq:stable-sigmoid
  throw new Error(`stableSigmoid is not written yet (x has shape [${x.shape.join(", ")}])`);
}
