// diagnosis: wrong-eigenpair
import * as np from "mathlab";

/** Starts from the all-ones vector: if it has no component along q₁, the iteration never finds q₁. */
export function powerIteration(A: np.Tensor<["N", "N"]>, tol: number, maxIters: number): [number, np.Tensor<["N"]>] {
  const n = A.shape[0]!;
  const scale = Math.sqrt(np.sum(np.multiply(A, A)).item());
  let x = np.divide(np.ones([n]), Math.sqrt(n)) as np.Tensor<["N"]>;
  let value = 0;
  for (let k = 0; k <= maxIters; k++) {
    const y = np.matmul(A, x) as np.Tensor<["N"]>;
    value = np.dot(x, y).item();
    const r = np.subtract(y, np.multiply(value, x));
    if (Math.sqrt(np.dot(r, r).item()) <= tol * scale || k === maxIters) break;
    x = np.divide(y, Math.sqrt(np.dot(y, y).item()));
  }
  return [value, x];
}
