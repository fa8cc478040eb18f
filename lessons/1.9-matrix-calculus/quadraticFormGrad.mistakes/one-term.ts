// diagnosis: only-one-term
import * as np from "mathlab";

/** Differentiates only the left-hand x (treating A x as a constant vector): A x. Keeping only the right-hand one would give Aᵀx. */
export function quadraticFormGrad(A: np.Tensor<["N", "N"]>, x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  return np.matmul(A, x);
}
