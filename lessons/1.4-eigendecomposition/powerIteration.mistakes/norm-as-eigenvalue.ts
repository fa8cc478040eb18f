// diagnosis: eigenvalue-sign
import * as np from "mathlab";

/** Uses ‖A x‖ as the eigenvalue estimate: right in size, but always positive. */
export function powerIteration(A: np.Tensor<["N", "N"]>, tol: number, maxIters: number): [number, np.Tensor<["N"]>] {
  const n = A.shape[0]!;
  const scale = Math.sqrt(np.sum(np.multiply(A, A)).item());
  let x = np.random.randn(n) as np.Tensor<["N"]>;
  x = np.divide(x, Math.sqrt(np.dot(x, x).item()));
  let value = 0;
  for (let k = 0; k < maxIters; k++) {
    const y = np.matmul(A, x) as np.Tensor<["N"]>;
    value = Math.sqrt(np.dot(y, y).item());
    const rayleigh = np.dot(x, y).item();
    const r = np.subtract(y, np.multiply(rayleigh, x));
    if (Math.sqrt(np.dot(r, r).item()) <= tol * scale) break;
    x = np.divide(y, value);
  }
  return [value, x];
}
