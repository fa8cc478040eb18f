// QR by Householder reflections: A (m×n) = Q R with orthonormal Q and upper-triangular R.
// Each step k reflects column k below the diagonal onto a multiple of e_k; Q is accumulated by
// applying the reflectors, in reverse order, to the first columns of the identity.

/** Returns Q (m×qCols) and R (rRows×n), where qCols = rRows = min(m, n) (reduced) or m (complete). */
export function householderQR(a: Float64Array, m: number, n: number, complete: boolean): { q: Float64Array; r: Float64Array; qCols: number } {
  const R = Float64Array.from(a);
  const k = Math.min(m, n);
  const vs: Float64Array[] = [];
  const betas: number[] = [];
  for (let j = 0; j < k; j++) {
    let norm = 0;
    for (let i = j; i < m; i++) norm += R[i * n + j]! * R[i * n + j]!;
    norm = Math.sqrt(norm);
    const v = new Float64Array(m - j);
    if (norm === 0) { vs.push(v); betas.push(0); continue; }
    const x0 = R[j * n + j]!;
    const alpha = x0 >= 0 ? -norm : norm;
    for (let i = j; i < m; i++) v[i - j] = R[i * n + j]!;
    v[0] = x0 - alpha;
    let vv = 0;
    for (let i = 0; i < v.length; i++) vv += v[i]! * v[i]!;
    const beta = vv === 0 ? 0 : 2 / vv;
    vs.push(v); betas.push(beta);
    if (beta === 0) continue;
    // R[j:, j:] -= beta v (vᵀ R[j:, j:])
    for (let c = j; c < n; c++) {
      let s = 0;
      for (let i = j; i < m; i++) s += v[i - j]! * R[i * n + c]!;
      s *= beta;
      if (s !== 0) for (let i = j; i < m; i++) R[i * n + c]! -= s * v[i - j]!;
    }
    for (let i = j + 1; i < m; i++) R[i * n + j] = 0;
  }
  const qCols = complete ? m : k;
  const Q = new Float64Array(m * qCols);
  for (let i = 0; i < qCols; i++) Q[i * qCols + i] = 1;
  for (let j = k - 1; j >= 0; j--) {
    const v = vs[j]!, beta = betas[j]!;
    if (beta === 0) continue;
    for (let c = 0; c < qCols; c++) {
      let s = 0;
      for (let i = j; i < m; i++) s += v[i - j]! * Q[i * qCols + c]!;
      s *= beta;
      if (s !== 0) for (let i = j; i < m; i++) Q[i * qCols + c]! -= s * v[i - j]!;
    }
  }
  const rRows = qCols;
  const r = new Float64Array(rRows * n);
  r.set(R.subarray(0, Math.min(rRows, m) * n));
  return { q: Q, r, qCols };
}
