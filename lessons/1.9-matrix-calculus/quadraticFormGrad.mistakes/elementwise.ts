// diagnosis: shape
import * as np from "mathlab";

/** Uses np.multiply where a matrix–vector product was meant: (A + Aᵀ) * x broadcasts to an N×N matrix. */
export function quadraticFormGrad(A: np.Tensor<["N", "N"]>, x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  return np.multiply(np.add(A, A.T), x);
}
