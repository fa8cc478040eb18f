// diagnosis: cancellation
import * as np from "mathlab";

/** Uses σ(x) = 1 - σ(-x) for negative x: the subtraction cancels, and for x < -38 the result is 0. */
export function stableSigmoid(x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  const positive = np.divide(1, np.add(1, np.exp(np.negative(np.abs(x)))));
  return np.where(np.greaterEqual(x, 0), positive, np.subtract(1, positive));
}
