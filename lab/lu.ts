// LU factorisation with partial pivoting (PA = LU), and what it gives: solve, inv, det.
import { fmtShape, LinAlgError, ShapeError } from "./errors";
import { EPS } from "./matrix_batch";

export interface LU { lu: Float64Array; perm: Int32Array; sign: number; singularAt: number }

/**
 * Factorises the n×n row-major matrix `a` in place (L below the diagonal with unit diagonal, U on
 * and above it). `singularAt` is the first column without a usable pivot (|pivot| ≤ n·eps·max|a|),
 * or -1.
 */
export function luFactor(a: Float64Array, n: number): LU {
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  let maxAbs = 0;
  for (let i = 0; i < a.length; i++) maxAbs = Math.max(maxAbs, Math.abs(a[i]!));
  const tol = n * EPS * maxAbs;
  let sign = 1, singularAt = -1;
  for (let k = 0; k < n; k++) {
    let p = k, best = Math.abs(a[k * n + k]!);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k]!);
      if (v > best) { best = v; p = i; }
    }
    if (!(best > tol)) {
      if (singularAt < 0) singularAt = k;
      if (best === 0 || best !== best) continue;
    }
    if (p !== k) {
      for (let j = 0; j < n; j++) { const t = a[k * n + j]!; a[k * n + j] = a[p * n + j]!; a[p * n + j] = t; }
      const t = perm[k]!; perm[k] = perm[p]!; perm[p] = t;
      sign = -sign;
    }
    const piv = a[k * n + k]!;
    for (let i = k + 1; i < n; i++) {
      const f = (a[i * n + k]! /= piv);
      if (f === 0) continue;
      for (let j = k + 1; j < n; j++) a[i * n + j]! -= f * a[k * n + j]!;
    }
  }
  return { lu: a, perm, sign, singularAt };
}

export function singularError(op: string, n: number, at: number): LinAlgError {
  return new LinAlgError(
    `${op}: the matrix is singular (not invertible): elimination found no usable pivot in column ${at}, ` +
      `so that column depends on the ones before it and the rank is below ${n}. ` +
      `Look for repeated, proportional or all-zero rows/columns; a least-squares method (e.g. via the SVD) handles rank-deficient systems.`,
  );
}

/** Solves LU x = P b for k right-hand sides stored row-major in b (n×k), in place. */
export function luSolve(f: LU, n: number, b: Float64Array, k: number): Float64Array {
  const { lu, perm } = f;
  const x = new Float64Array(n * k);
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) x[i * k + j] = b[perm[i]! * k + j]!;
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < i; r++) {
      const l = lu[i * n + r]!;
      if (l !== 0) for (let j = 0; j < k; j++) x[i * k + j]! -= l * x[r * k + j]!;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    for (let r = i + 1; r < n; r++) {
      const u = lu[i * n + r]!;
      if (u !== 0) for (let j = 0; j < k; j++) x[i * k + j]! -= u * x[r * k + j]!;
    }
    const d = lu[i * n + i]!;
    for (let j = 0; j < k; j++) x[i * k + j]! /= d;
  }
  return x;
}

export function checkSolveShapes(aShape: readonly number[], bShape: readonly number[], n: number): void {
  const rows = bShape.length === 1 ? bShape[0] : bShape[bShape.length - 2];
  if (rows !== n) {
    throw new ShapeError(
      `np.linalg.solve: A has shape ${fmtShape(aShape)} and b has shape ${fmtShape(bShape)}: b needs ${n} rows ` +
        `(axis ${bShape.length === 1 ? 0 : -2}) to match the ${n} columns of A, but has ${rows}; solving A x = b needs A (…, n, n) and b (n,) or (…, n, k)`,
    );
  }
}
