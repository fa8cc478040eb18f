import * as np from "mathlab";

/** J = diag(1 − h²) W: row i of W scaled by the slope of tanh at unit i. */
export function jacobian(W: np.Tensor<["M", "N"]>, b: np.Tensor<["M"]>, x: np.Tensor<["N"]>): np.Tensor<["M", "N"]> {
  const h = np.tanh(np.add(np.matmul(W, x), b));
  const slope = np.subtract(1, np.square(h)); // tanh' = 1 − tanh², shape [M]
  return np.multiply(np.expandDims(slope, 1), W) as np.Tensor<["M", "N"]>; // eq:tanh-layer-jacobian
}
