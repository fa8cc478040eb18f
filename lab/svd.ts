// Singular value decomposition by one-sided Jacobi (Hestenes): rotate pairs of columns of A until
// all columns are mutually orthogonal; then the column norms are the singular values, the
// normalised columns are U, and the accumulated rotations are V. At most 60 sweeps.
import { LinAlgError } from "./errors";
import { EPS } from "./matrix_batch";

const MAX_SWEEPS = 60;

export interface SVDParts { u: Float64Array; s: Float64Array; vt: Float64Array; uCols: number; vtRows: number }

/** A is m×n row-major. Returns U (m×uCols), s (k), Vᵀ (vtRows×n), with k = min(m, n). */
export function jacobiSVD(a: Float64Array, m: number, n: number, full: boolean, op: string): SVDParts {
  for (const x of a) if (!Number.isFinite(x)) throw new LinAlgError(`${op}: the matrix contains NaN or Infinity, so it has no SVD`);
  if (m < n) {
    // SVD of Aᵀ, then swap roles: A = (V S Uᵀ)ᵀ.
    const at = new Float64Array(n * m);
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) at[j * m + i] = a[i * n + j]!;
    const r = jacobiSVD(at, n, m, full, op);
    // r.u is n×r.uCols (V of A), r.vt is r.vtRows×m (Uᵀ of A).
    const u = new Float64Array(m * r.vtRows);
    for (let i = 0; i < r.vtRows; i++) for (let j = 0; j < m; j++) u[j * r.vtRows + i] = r.vt[i * m + j]!;
    const vt = new Float64Array(r.uCols * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < r.uCols; j++) vt[j * n + i] = r.u[i * r.uCols + j]!;
    return { u, s: r.s, vt, uCols: r.vtRows, vtRows: r.uCols };
  }
  // m >= n. Work on rows of W = Aᵀ (row p = column p of A), and rows of Vt.
  const W = new Float64Array(n * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) W[j * m + i] = a[i * n + j]!;
  const Vt = new Float64Array(n * n);
  for (let i = 0; i < n; i++) Vt[i * n + i] = 1;
  const norms = new Float64Array(n);
  for (let p = 0; p < n; p++) { let s = 0; for (let i = 0; i < m; i++) s += W[p * m + i]! * W[p * m + i]!; norms[p] = s; }
  let converged = n < 2;
  for (let sweep = 0; sweep < MAX_SWEEPS && !converged; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const alpha = norms[p]!, beta = norms[q]!;
        if (alpha === 0 || beta === 0) continue;
        let gamma = 0;
        const po = p * m, qo = q * m;
        for (let i = 0; i < m; i++) gamma += W[po + i]! * W[qo + i]!;
        if (Math.abs(gamma) <= EPS * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t), s = c * t;
        let np2 = 0, nq2 = 0;
        for (let i = 0; i < m; i++) {
          const x = W[po + i]!, y = W[qo + i]!;
          const xn = c * x - s * y, yn = s * x + c * y;
          W[po + i] = xn; W[qo + i] = yn;
          np2 += xn * xn; nq2 += yn * yn;
        }
        norms[p] = np2; norms[q] = nq2;
        const pv = p * n, qv = q * n;
        for (let i = 0; i < n; i++) {
          const x = Vt[pv + i]!, y = Vt[qv + i]!;
          Vt[pv + i] = c * x - s * y; Vt[qv + i] = s * x + c * y;
        }
      }
    }
    if (!rotated) converged = true;
  }
  if (!converged) throw new LinAlgError(`${op}: SVD did not converge after ${MAX_SWEEPS} sweeps`);
  const sv = Array.from(norms, (x) => Math.sqrt(x));
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => sv[j]! - sv[i]!);
  const s = new Float64Array(n);
  const uCols = full ? m : n;
  const U = new Float64Array(m * uCols);
  const vt = new Float64Array(n * n);
  const tol = Math.max(m, n) * EPS * (sv[order[0]!] ?? 0);
  const filled: boolean[] = new Array<boolean>(uCols).fill(false);
  order.forEach((src, dst) => {
    s[dst] = sv[src]!;
    for (let i = 0; i < n; i++) vt[dst * n + i] = Vt[src * n + i]!;
    if (sv[src]! > tol && sv[src]! > 0) {
      for (let i = 0; i < m; i++) U[i * uCols + dst] = W[src * m + i]! / sv[src]!;
      filled[dst] = true;
    }
  });
  completeBasis(U, m, uCols, filled);
  return { u: U, s, vt, uCols, vtRows: n };
}

/** Fills the columns of Q (m×cols) not marked `filled` with unit vectors orthogonal to all others. */
export function completeBasis(Q: Float64Array, m: number, cols: number, filled: boolean[]): void {
  let e = 0;
  const v = new Float64Array(m);
  for (let c = 0; c < cols; c++) {
    if (filled[c]) continue;
    for (; e < m; e++) {
      v.fill(0); v[e] = 1;
      // Two passes of Gram–Schmidt against the filled columns.
      for (let pass = 0; pass < 2; pass++) {
        for (let k = 0; k < cols; k++) {
          if (!filled[k]) continue;
          let d = 0;
          for (let i = 0; i < m; i++) d += Q[i * cols + k]! * v[i]!;
          for (let i = 0; i < m; i++) v[i]! -= d * Q[i * cols + k]!;
        }
      }
      let nn = 0;
      for (let i = 0; i < m; i++) nn += v[i]! * v[i]!;
      nn = Math.sqrt(nn);
      if (nn > 1e-8) {
        for (let i = 0; i < m; i++) Q[i * cols + c] = v[i]! / nn;
        filled[c] = true;
        e++;
        break;
      }
    }
  }
}
