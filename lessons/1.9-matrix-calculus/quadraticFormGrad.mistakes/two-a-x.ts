// diagnosis: assumed-symmetric
import * as np from "mathlab";

/** The formula 2Ax, remembered from the symmetric case, used for a general A. */
export function quadraticFormGrad(A: np.Tensor<["N", "N"]>, x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  return np.multiply(2, np.matmul(A, x));
}
