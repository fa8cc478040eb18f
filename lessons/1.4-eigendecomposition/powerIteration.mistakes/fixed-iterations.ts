// diagnosis: not-converged
import * as np from "mathlab";

/** Runs a fixed 40 iterations "which is always enough", ignoring tol: not when |λ₂/λ₁| is near 1. */
export function powerIteration(A: np.Tensor<["N", "N"]>, tol: number, maxIters: number): [number, np.Tensor<["N"]>] {
  const n = A.shape[0]!;
  let x = np.random.randn(n) as np.Tensor<["N"]>;
  x = np.divide(x, Math.sqrt(np.dot(x, x).item()));
  for (let k = 0; k < Math.min(40, maxIters); k++) {
    const y = np.matmul(A, x) as np.Tensor<["N"]>;
    x = np.divide(y, Math.sqrt(np.dot(y, y).item()));
  }
  void tol;
  return [np.dot(x, np.matmul(A, x)).item(), x];
}
