// diagnosis: not-normalized
import * as np from "mathlab";

/** Multiplies by A again and again but never rescales x, so it grows like |λ₁|^k (or shrinks to 0). */
export function powerIteration(A: np.Tensor<["N", "N"]>, tol: number, maxIters: number): [number, np.Tensor<["N"]>] {
  const n = A.shape[0]!;
  const scale = Math.sqrt(np.sum(np.multiply(A, A)).item());
  let x = np.random.randn(n) as np.Tensor<["N"]>;
  let value = 0;
  for (let k = 0; k < maxIters; k++) {
    const y = np.matmul(A, x) as np.Tensor<["N"]>;
    value = np.dot(x, y).item() / np.dot(x, x).item();
    const r = np.subtract(y, np.multiply(value, x));
    if (Math.sqrt(np.dot(r, r).item()) <= tol * scale * Math.sqrt(np.dot(x, x).item())) break;
    x = y;
  }
  return [value, x];
}
