// Plain-array helpers shared by the specs of lessons 1.4–1.9: building test matrices with a
// chosen spectrum, and measuring how far an answer is from being a valid decomposition.
// Specs run in the engine's process, so these may use anything; they never reach the student.
import type { GenContext, TensorValue } from "../../engine/spec";

export type Matrix = number[][];

/** Nested rows of a 2-D lab tensor (or any value with toArray). */
export function rows(t: { toArray(): unknown }): Matrix {
  return t.toArray() as Matrix;
}

/** Entries of a 1-D lab tensor. */
export function entries(t: { toArray(): unknown }): number[] {
  const a = t.toArray();
  return typeof a === "number" ? [a] : (a as number[]);
}

export function tensorValue(m: Matrix): TensorValue {
  const r = m.length, c = r ? m[0]!.length : 0;
  return { shape: [r, c], data: Float64Array.from(m.flat()) };
}

export function vectorValue(v: readonly number[]): TensorValue {
  return { shape: [v.length], data: Float64Array.from(v) };
}

export function transpose(a: Matrix): Matrix {
  const r = a.length, c = r ? a[0]!.length : 0;
  return Array.from({ length: c }, (_, j) => Array.from({ length: r }, (_, i) => a[i]![j]!));
}

export function matmul(a: Matrix, b: Matrix): Matrix {
  const n = a.length, k = b.length, m = k ? b[0]!.length : 0;
  return Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => {
    let s = 0;
    for (let t = 0; t < k; t++) s += a[i]![t]! * b[t]![j]!;
    return s;
  }));
}

export function matvec(a: Matrix, x: readonly number[]): number[] {
  return a.map((row) => row.reduce((s, v, j) => s + v * x[j]!, 0));
}

export function frobenius(a: Matrix): number {
  return Math.sqrt(a.reduce((s, row) => s + row.reduce((t, v) => t + v * v, 0), 0));
}

export function norm(v: readonly number[]): number {
  return Math.sqrt(v.reduce((s, x) => s + x * x, 0));
}

export function maxAbsDiff(a: Matrix, b: Matrix): number {
  let m = 0;
  a.forEach((row, i) => row.forEach((v, j) => { m = Math.max(m, Math.abs(v - b[i]![j]!)); }));
  return m;
}

export function identity(n: number): Matrix {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

/** max |QᵀQ − I| over the columns of Q (columns orthonormal ⇔ 0). */
export function columnOrthonormalityError(q: Matrix): number {
  const g = matmul(transpose(q), q);
  return maxAbsDiff(g, identity(g.length));
}

/** A random orthogonal n×n matrix: Gram–Schmidt on Gaussian columns from the case's generator. */
export function randomOrthogonal(gen: GenContext, n: number): Matrix {
  const cols: number[][] = [];
  while (cols.length < n) {
    const v = Array.from(gen.tensor([n]).data);
    for (const u of cols) {
      const d = v.reduce((s, x, i) => s + x * u[i]!, 0);
      for (let i = 0; i < n; i++) v[i]! -= d * u[i]!;
    }
    const len = norm(v);
    if (len > 1e-6) cols.push(v.map((x) => x / len));
  }
  return transpose(cols);
}

/** Q diag(eigs) Qᵀ for a random orthogonal Q, symmetrised exactly. */
export function symmetricWithSpectrum(gen: GenContext, eigs: readonly number[]): Matrix {
  const q = randomOrthogonal(gen, eigs.length);
  return fromSpectrum(q, eigs);
}

/** Q diag(eigs) Qᵀ for a given orthogonal Q (its columns are the eigenvectors). */
export function fromSpectrum(q: Matrix, eigs: readonly number[]): Matrix {
  const n = eigs.length;
  const a = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => {
    let s = 0;
    for (let k = 0; k < n; k++) s += q[i]![k]! * eigs[k]! * q[j]![k]!;
    return s;
  }));
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) a[i]![j] = a[j]![i]!;
  return a;
}

/** U diag(s) Vᵀ with random orthonormal U (m×p) and V (n×p), p = s.length ≤ min(m, n). */
export function matrixWithSingularValues(gen: GenContext, m: number, n: number, s: readonly number[]): Matrix {
  const u = randomOrthogonal(gen, m), v = randomOrthogonal(gen, n);
  return Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => {
    let t = 0;
    for (let k = 0; k < s.length; k++) t += u[i]![k]! * s[k]! * v[j]![k]!;
    return t;
  }));
}

/** The orthogonal projector onto the span of the columns of B (p×k, independent columns), by Gram–Schmidt. */
export function projectorOntoColumns(b: Matrix): Matrix {
  const p = b.length;
  const cols: number[][] = [];
  for (const col of transpose(b)) {
    const v = [...col];
    for (let pass = 0; pass < 2; pass++) {
      for (const u of cols) {
        const d = v.reduce((s, x, i) => s + x * u[i]!, 0);
        for (let i = 0; i < p; i++) v[i]! -= d * u[i]!;
      }
    }
    const len = norm(v);
    if (len > 1e-12 * Math.max(1, norm(col))) cols.push(v.map((x) => x / len));
  }
  return Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) =>
    cols.reduce((s, u) => s + u[i]! * u[j]!, 0)));
}

/** Short numeric formatting for messages. */
export function fmt(x: number): string {
  return Number.isFinite(x) ? x.toPrecision(3) : String(x);
}
