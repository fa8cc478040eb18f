import * as np from "mathlab";

/**
 * Power iteration with a Rayleigh-quotient estimate and a residual stopping rule. The angle to the
 * dominant eigenvector shrinks like |λ₂/λ₁|^k, the eigenvalue error like |λ₂/λ₁|^(2k).
 */
export function powerIteration(A: np.Tensor<["N", "N"]>, tol: number, maxIters: number): [number, np.Tensor<["N"]>] {
  const n = A.shape[0]!;
  const scale = Math.sqrt(np.sum(np.multiply(A, A)).item());
  let x = np.random.randn(n) as np.Tensor<["N"]>;
  x = np.divide(x, Math.sqrt(np.dot(x, x).item()));
  let value = 0;
  for (let k = 0; k <= maxIters; k++) {
    const y = np.matmul(A, x) as np.Tensor<["N"]>;
    value = np.dot(x, y).item(); // Rayleigh quotient, eq:rayleigh
    const r = np.subtract(y, np.multiply(value, x));
    if (Math.sqrt(np.dot(r, r).item()) <= tol * scale || k === maxIters) break;
    x = np.divide(y, Math.sqrt(np.dot(y, y).item())); // eq:power-step
  }
  return [value, x];
}
