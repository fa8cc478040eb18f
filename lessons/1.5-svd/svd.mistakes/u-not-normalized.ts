// diagnosis: u-not-normalized
import * as np from "mathlab";

/** Returns the orthogonal columns of W = AV as U without dividing each by its length σᵢ. */
export function svd(A: np.Tensor<["M", "N"]>): [np.Tensor<["M", "N"]>, np.Tensor<["N"]>, np.Tensor<["N", "N"]>] {
  const [m, n] = [A.shape[0]!, A.shape[1]!];
  // Work on columns: w[j] is column j of W, v[j] is column j of V.
  const w: number[][] = Array.from({ length: n }, (_, j) => Array.from({ length: m }, (_, i) => A.get(i, j)));
  const v: number[][] = Array.from({ length: n }, (_, j) => Array.from({ length: n }, (_, i) => (i === j ? 1 : 0)));
  const dot = (x: number[], y: number[]): number => x.reduce((s, xi, i) => s + xi * y[i]!, 0);
  const rotate = (x: number[], y: number[], c: number, s: number): void => {
    for (let i = 0; i < x.length; i++) {
      const xi = x[i]!, yi = y[i]!;
      x[i] = c * xi - s * yi; // eq:onesided-rotate
      y[i] = s * xi + c * yi;
    }
  };

  const tol = 1e-15 * Math.max(m, 1);
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const alpha = dot(w[p]!, w[p]!), beta = dot(w[q]!, w[q]!), gamma = dot(w[p]!, w[q]!); // eq:onesided-gram
        if (gamma === 0 || Math.abs(gamma) <= tol * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const theta = 0.5 * Math.atan((2 * gamma) / (beta - alpha)); // eq:onesided-angle
        const c = Math.cos(theta), s = Math.sin(theta);
        rotate(w[p]!, w[q]!, c, s);
        rotate(v[p]!, v[q]!, c, s);
      }
    }
    if (!rotated) break;
  }

  const sigma = w.map((col) => Math.sqrt(dot(col, col)));
  const order = sigma.map((_, j) => j).sort((i, j) => sigma[j]! - sigma[i]!);
  const uCols: number[][] = [];
  for (const j of order) {
    if (sigma[j]! > 0) {
      uCols.push(w[j]!.slice()); // the columns of W = AV, not yet divided by σ
    } else {
      uCols.push(completion(uCols, m)); // σ = 0: any unit vector orthogonal to the others
    }
  }
  const U = Array.from({ length: m }, (_, i) => uCols.map((col) => col[i]!));
  const S = order.map((j) => sigma[j]!);
  const Vt = order.map((j) => v[j]!); // row i of Vᵀ is column i of V
  return [np.array(U) as np.Tensor<["M", "N"]>, np.array(S) as np.Tensor<["N"]>, np.array(Vt) as np.Tensor<["N", "N"]>];
}

/** A unit vector orthogonal to the given orthonormal vectors: Gram–Schmidt on the standard basis. */
function completion(basis: readonly number[][], m: number): number[] {
  let best: number[] = [];
  let bestLen = -1;
  for (let e = 0; e < m; e++) {
    const x: number[] = Array.from({ length: m }, (_, i) => (i === e ? 1 : 0));
    for (let pass = 0; pass < 2; pass++) {
      for (const b of basis) {
        const d = b.reduce((s, bi, i) => s + bi * x[i]!, 0);
        for (let i = 0; i < m; i++) x[i]! -= d * b[i]!;
      }
    }
    const len = Math.sqrt(x.reduce((s, t) => s + t * t, 0));
    if (len > bestLen) { best = x.map((t) => t / len); bestLen = len; }
  }
  return best;
}
