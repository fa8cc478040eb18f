import * as np from "mathlab";

/**
 * QR first, then one-sided Jacobi on the small square factor: A = QR and R = Ũ S Vᵀ give
 * A = (QŨ) S Vᵀ. Householder QR is backward stable, so no accuracy is lost, and the rotations now
 * work on N-long columns instead of M-long ones (a real saving when M ≫ N).
 */
export function svd(A: np.Tensor<["M", "N"]>): [np.Tensor<["M", "N"]>, np.Tensor<["N"]>, np.Tensor<["N", "N"]>] {
  const n = A.shape[1]!;
  const [Q, R] = np.linalg.qr(A);
  // Jacobi on the columns of R, accumulated in V.
  const w = (R.T.toArray() as number[][]).map((c) => c.slice());
  const v: number[][] = Array.from({ length: n }, (_, j) => Array.from({ length: n }, (_, i) => (i === j ? 1 : 0)));
  const dot = (x: number[], y: number[]): number => x.reduce((s, t, i) => s + t * y[i]!, 0);
  for (let sweep = 0; sweep < 60; sweep++) {
    let done = true;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const a = dot(w[p]!, w[p]!), b = dot(w[q]!, w[q]!), g = dot(w[p]!, w[q]!);
        if (Math.abs(g) <= 1e-15 * n * Math.sqrt(a * b)) continue;
        done = false;
        const zeta = (b - a) / (2 * g);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta)); // tan θ, |θ| ≤ π/4
        const c = 1 / Math.sqrt(1 + t * t), s = c * t;
        for (const cols of [w, v]) {
          const x = cols[p]!, y = cols[q]!;
          for (let i = 0; i < x.length; i++) {
            const xi = x[i]!, yi = y[i]!;
            x[i] = c * xi - s * yi;
            y[i] = s * xi + c * yi;
          }
        }
      }
    }
    if (done) break;
  }
  const sig = w.map((c) => Math.sqrt(dot(c, c)));
  const order = sig.map((_, j) => j).sort((i, j) => sig[j]! - sig[i]!);
  // Ũ columns: normalised w; a zero column gets a fresh direction orthogonal to the others.
  const ucols: number[][] = [];
  for (const j of order) {
    let col = sig[j]! > 0 ? w[j]!.map((x) => x / sig[j]!) : [];
    if (sig[j]! === 0) {
      let best = -1;
      for (let e = 0; e < n; e++) {
        const x: number[] = Array.from({ length: n }, (_, i) => (i === e ? 1 : 0));
        for (const u of ucols) { const d = dot(u, x); for (let i = 0; i < n; i++) x[i]! -= d * u[i]!; }
        const len = Math.sqrt(dot(x, x));
        if (len > best) { best = len; col = x.map((t) => t / len); }
      }
    }
    ucols.push(col);
  }
  const Ut = np.array(ucols);
  const U = np.matmul(Q, Ut.T);
  return [U as np.Tensor<["M", "N"]>, np.array(order.map((j) => sig[j]!)) as np.Tensor<["N"]>, np.array(order.map((j) => v[j]!)) as np.Tensor<["N", "N"]>];
}
