import * as np from "mathlab";

/** ∇(xᵀAx) = (A + Aᵀ) x: x appears once on each side of A. */
export function quadraticFormGrad(A: np.Tensor<["N", "N"]>, x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  return np.matmul(np.add(A, A.T), x) as np.Tensor<["N"]>; // eq:grad-quadratic
}
