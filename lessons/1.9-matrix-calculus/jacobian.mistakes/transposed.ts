// diagnosis: transposed
import * as np from "mathlab";

/** Builds the matrix input-by-output (the "gradient layout"), [N, M], instead of outputs by inputs. */
export function jacobian(W: np.Tensor<["M", "N"]>, b: np.Tensor<["M"]>, x: np.Tensor<["N"]>): np.Tensor<["M", "N"]> {
  const h = np.tanh(np.add(np.matmul(W, x), b));
  return np.multiply(W.T, np.subtract(1, np.square(h)));
}
