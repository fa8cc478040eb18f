// diagnosis: wrong-tanh-derivative
import * as np from "mathlab";

/** Uses 1 − tanh(z) as the derivative of tanh; it is 1 − tanh(z)². */
export function jacobian(W: np.Tensor<["M", "N"]>, b: np.Tensor<["M"]>, x: np.Tensor<["N"]>): np.Tensor<["M", "N"]> {
  const h = np.tanh(np.add(np.matmul(W, x), b));
  return np.multiply(np.expandDims(np.subtract(1, h), 1), W);
}
