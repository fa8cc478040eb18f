// diagnosis: squared-conditioning
import * as np from "mathlab";

/**
 * Textbook route through AᵀA: diagonalise it (Jacobi), σᵢ = √λᵢ, uᵢ = A vᵢ / σᵢ. Correct in exact
 * arithmetic, but forming AᵀA squares the condition number: singular values below ~1e-8·σ₁ are lost.
 */
export function svd(A: np.Tensor<["M", "N"]>): [np.Tensor<["M", "N"]>, np.Tensor<["N"]>, np.Tensor<["N", "N"]>] {
  const [m, n] = [A.shape[0]!, A.shape[1]!];
  const g = np.matmul(A.T, A).toArray() as number[][];
  const v: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += g[p]![q]! ** 2;
    if (off === 0) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const b = g[p]![q]!;
        if (b === 0) continue;
        const theta = 0.5 * Math.atan((2 * b) / (g[q]![q]! - g[p]![p]!));
        const c = Math.cos(theta), s = Math.sin(theta);
        for (let r = 0; r < n; r++) {
          const x = g[r]![p]!, y = g[r]![q]!;
          g[r]![p] = c * x - s * y;
          g[r]![q] = s * x + c * y;
        }
        for (let r = 0; r < n; r++) {
          const x = g[p]![r]!, y = g[q]![r]!;
          g[p]![r] = c * x - s * y;
          g[q]![r] = s * x + c * y;
        }
        for (let r = 0; r < n; r++) {
          const x = v[r]![p]!, y = v[r]![q]!;
          v[r]![p] = c * x - s * y;
          v[r]![q] = s * x + c * y;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => g[j]![j]! - g[i]![i]!);
  const S = order.map((i) => Math.sqrt(Math.max(g[i]![i]!, 0)));
  const V = np.array(v.map((row) => order.map((i) => row[i]!)));
  const AV = np.matmul(A, V).toArray() as number[][];
  const U = AV.map((row) => row.map((x, j) => (S[j]! > 0 ? x / S[j]! : 0)));
  void m;
  return [np.array(U) as np.Tensor<["M", "N"]>, np.array(S) as np.Tensor<["N"]>, V.T as np.Tensor<["N", "N"]>];
}
