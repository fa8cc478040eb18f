import * as np from "mathlab";

/**
 * Power iteration on B = A², whose eigenvalues λᵢ² are all ≥ 0: the iterate no longer flips sign
 * when λ₁ < 0, and converges like (λ₂/λ₁)^(2k) per step of B. The eigenvalue, with its sign, is the
 * Rayleigh quotient of A itself.
 */
export function powerIteration(A: np.Tensor<["N", "N"]>, tol: number, maxIters: number): [number, np.Tensor<["N"]>] {
  const n = A.shape[0]!;
  const scale = Math.sqrt(np.sum(np.multiply(A, A)).item());
  const B = np.matmul(A, A);
  let x = np.random.randn(n) as np.Tensor<["N"]>;
  x = np.divide(x, Math.sqrt(np.dot(x, x).item()));
  let value = 0;
  for (let k = 0; k <= maxIters; k++) {
    const ax = np.matmul(A, x);
    value = np.dot(x, ax).item();
    const r = np.subtract(ax, np.multiply(value, x));
    if (Math.sqrt(np.dot(r, r).item()) <= tol * scale || k === maxIters) break;
    const y = np.matmul(B, x);
    const len = Math.sqrt(np.dot(y, y).item());
    if (len === 0) break;
    x = np.divide(y, len) as np.Tensor<["N"]>;
  }
  return [value, x];
}
