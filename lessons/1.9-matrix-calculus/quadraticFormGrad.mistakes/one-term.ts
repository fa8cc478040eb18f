// diagnosis: only-one-term
import * as np from "mathlab";

/** Differentiates only the right-hand x (treating xᵀA as a constant row): A x. */
export function quadraticFormGrad(A: np.Tensor<["N", "N"]>, x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  return np.matmul(A, x);
}
