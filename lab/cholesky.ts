// Cholesky: A = L Lᵀ for symmetric positive-definite A (only the lower triangle is read, as NumPy).
import { LinAlgError } from "./errors";

export function choleskyLower(a: Float64Array, n: number, op: string): Float64Array {
  const L = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = a[j * n + j]!;
    for (let k = 0; k < j; k++) d -= L[j * n + k]! * L[j * n + k]!;
    if (!(d > 0)) {
      throw new LinAlgError(
        `${op}: the matrix is not positive definite: at row ${j} the remaining diagonal value is ${d.toPrecision(4)}, ` +
          `but Cholesky needs it to be > 0. Check that the matrix is symmetric with positive eigenvalues (a covariance matrix may need a small ridge, e.g. + 1e-6·I).`,
      );
    }
    const ljj = Math.sqrt(d);
    L[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= L[i * n + k]! * L[j * n + k]!;
      L[i * n + j] = s / ljj;
    }
  }
  return L;
}
