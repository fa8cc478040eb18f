// Symmetric eigendecomposition by the cyclic Jacobi method: repeated plane rotations zero the
// off-diagonal entries one pair at a time; the product of the rotations holds the eigenvectors.
// At most 100 sweeps (convergence is quadratic; typically 6–10 sweeps suffice).
import { LinAlgError } from "./errors";
import { EPS } from "./matrix_batch";

const MAX_SWEEPS = 100;

/** Eigenvalues ascending and eigenvectors as columns of v (n×n), from the lower triangle of a. */
export function jacobiEigh(a0: Float64Array, n: number, op: string): { w: Float64Array; v: Float64Array } {
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) { a[i * n + j] = a0[i * n + j]!; a[j * n + i] = a0[i * n + j]!; }
  for (const x of a) if (!Number.isFinite(x)) throw new LinAlgError(`${op}: the matrix contains NaN or Infinity, so it has no eigendecomposition`);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let total = 0;
  for (const x of a) total += x * x;
  let converged = n < 2;
  for (let sweep = 0; sweep < MAX_SWEEPS && !converged; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! * a[p * n + q]!;
    if (off <= EPS * EPS * total * 0.25 || off === 0) { converged = true; break; }
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (apq === 0) continue;
        const app = a[p * n + p]!, aqq = a[q * n + q]!;
        const theta = (aqq - app) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        // Rotate rows/columns p and q of a.
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!, akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!, aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        a[p * n + q] = 0; a[q * n + p] = 0;
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!, vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  if (!converged) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! * a[p * n + q]!;
    if (off > 1e-20 * total) throw new LinAlgError(`${op}: eigenvalues did not converge after ${MAX_SWEEPS} sweeps`);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[i * n + i]! - a[j * n + j]!);
  const w = new Float64Array(n);
  const vs = new Float64Array(n * n);
  order.forEach((src, dst) => {
    w[dst] = a[src * n + src]!;
    for (let k = 0; k < n; k++) vs[k * n + dst] = v[k * n + src]!;
  });
  return { w, v: vs };
}
