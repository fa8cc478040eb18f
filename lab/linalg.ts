// np.linalg: norms, inverse, solve, determinant and the decompositions (eigh, svd, qr, cholesky).
// All work on the last two axes and accept a batch of matrices in the leading axes.
import { Tensor, type TensorLike } from "./tensor";
import { toTensor } from "./create";
import { alloc, promote } from "./dtype";
import { fmtShape, ShapeError, ValueError } from "./errors";
import { broadcastShapes, normAxes, sizeOf } from "./shape";
import { broadcastTo, moveaxis, reshape } from "./shapeops";
import { matmulImpl } from "./products";
import { guard, internal } from "./withheld";
import { checkMatrix, EPS, mapMatrices } from "./matrix_batch";
import { checkSolveShapes, luFactor, luSolve, singularError } from "./lu";
import { choleskyLower } from "./cholesky";
import { householderQR } from "./qr";
import { jacobiEigh } from "./eigh";
import { jacobiSVD } from "./svd";

/** `[eigenvalues, eigenvectors]`, also available by name. */
export type EighResult = [Tensor<any>, Tensor<any>] & { eigenvalues: Tensor<any>; eigenvectors: Tensor<any> };
/** `[U, S, Vh]` with A = U · diag(S) · Vh, also available by name. */
export type SVDResult = [Tensor<any>, Tensor<any>, Tensor<any>] & { U: Tensor<any>; S: Tensor<any>; Vh: Tensor<any> };
/** `[Q, R]` with A = Q R, also available by name. */
export type QRResult = [Tensor<any>, Tensor<any>] & { Q: Tensor<any>; R: Tensor<any> };

function mat(x: TensorLike, op: string): Tensor<any> {
  return toTensor(x, undefined, op);
}

/** Solves A x = b. A is (…, n, n); b is (n,) or (…, n, k). Throws a LinAlgError if A is singular. */
export function solve(a: TensorLike, b: TensorLike): Tensor<any> {
  guard("linalg.solve");
  return internal(() => {
    const op = "np.linalg.solve";
    const A = mat(a, op), B = mat(b, op);
    const { n, batch: ab } = checkMatrix(A, op, true);
    if (B.ndim === 0) throw new ShapeError(`${op}: b must be a vector (n,) or a matrix (…, n, k), got a 0-d tensor`);
    checkSolveShapes(A.shape, B.shape, n);
    const vec = B.ndim === 1;
    const k = vec ? 1 : B.shape[B.ndim - 1]!;
    const bb = vec ? [] : B.shape.slice(0, -2);
    const batch = broadcastShapes(ab, bb, `${op} (batch axes)`);
    const A2 = broadcastTo(A, [...batch, n, n]);
    const B2 = vec ? (batch.length ? broadcastTo(B, [...batch, n]) : B) : broadcastTo(B, [...batch, n, k]);
    const nb = sizeOf(batch);
    const out = alloc(promote(A.dtype, B.dtype), nb * n * k);
    for (let i = 0; i < nb; i++) {
      const f = luFactor(Float64Array.from(A2.data.subarray(i * n * n, (i + 1) * n * n)), n);
      if (f.singularAt >= 0) throw singularError(op, n, f.singularAt);
      out.set(luSolve(f, n, Float64Array.from(B2.data.subarray(i * n * k, (i + 1) * n * k)), k), i * n * k);
    }
    return new Tensor(out, vec ? [...batch, n] : [...batch, n, k]);
  });
}

/** The inverse matrix. Throws a LinAlgError if A is singular. */
export function inv(a: TensorLike): Tensor<any> {
  guard("linalg.inv");
  const op = "np.linalg.inv";
  const A = mat(a, op);
  const { n, batch } = checkMatrix(A, op, true);
  const eye = new Float64Array(n * n);
  for (let i = 0; i < n; i++) eye[i * n + i] = 1;
  return mapMatrices(A, n, n, batch, A.dtype, (m) => {
    const f = luFactor(m, n);
    if (f.singularAt >= 0) throw singularError(op, n, f.singularAt);
    return [{ data: luSolve(f, n, eye, n), shape: [n, n] }];
  })[0]!;
}

/** The determinant (0 for a singular matrix). */
export function det(a: TensorLike): Tensor<any> {
  guard("linalg.det");
  const op = "np.linalg.det";
  const A = mat(a, op);
  const { n, batch } = checkMatrix(A, op, true);
  return mapMatrices(A, n, n, batch, A.dtype, (m) => {
    const f = luFactor(m, n);
    let d = f.sign;
    for (let i = 0; i < n; i++) d *= f.lu[i * n + i]!;
    return [{ data: Float64Array.of(d), shape: [] }];
  })[0]!;
}

/** [sign, log|det|]: the determinant without overflow. */
export function slogdet(a: TensorLike): [Tensor<any>, Tensor<any>] {
  guard("linalg.slogdet");
  const op = "np.linalg.slogdet";
  const A = mat(a, op);
  const { n, batch } = checkMatrix(A, op, true);
  const [s, l] = mapMatrices(A, n, n, batch, A.dtype, (m) => {
    const f = luFactor(m, n);
    let sign = f.sign, logdet = 0;
    for (let i = 0; i < n; i++) {
      const d = f.lu[i * n + i]!;
      if (d === 0) { sign = 0; logdet = -Infinity; break; }
      if (d < 0) sign = -sign;
      logdet += Math.log(Math.abs(d));
    }
    return [{ data: Float64Array.of(sign), shape: [] }, { data: Float64Array.of(logdet), shape: [] }];
  });
  return [s!, l!];
}

/** Lower-triangular L with A = L Lᵀ (A symmetric positive definite). */
export function cholesky(a: TensorLike): Tensor<any> {
  guard("linalg.cholesky");
  const op = "np.linalg.cholesky";
  const A = mat(a, op);
  const { n, batch } = checkMatrix(A, op, true);
  return mapMatrices(A, n, n, batch, A.dtype, (m) => [{ data: choleskyLower(m, n, op), shape: [n, n] }])[0]!;
}

/** QR decomposition; mode "reduced" (default: Q m×k, R k×n), "complete" (Q m×m) or "r" (R only). */
export function qr(a: TensorLike, mode?: "reduced" | "complete"): QRResult;
export function qr(a: TensorLike, mode: "r"): Tensor<any>;
export function qr(a: TensorLike, mode: "reduced" | "complete" | "r" = "reduced"): QRResult | Tensor<any> {
  guard("linalg.qr");
  const op = "np.linalg.qr";
  if (mode !== "reduced" && mode !== "complete" && mode !== "r") throw new ValueError(`${op}: mode must be "reduced", "complete" or "r", got ${JSON.stringify(mode)}`);
  const A = mat(a, op);
  const { m, n, batch } = checkMatrix(A, op, false);
  const [Q, R] = mapMatrices(A, m, n, batch, A.dtype, (x) => {
    const r = householderQR(x, m, n, mode === "complete");
    return [{ data: r.q, shape: [m, r.qCols] }, { data: r.r, shape: [r.qCols, n] }];
  });
  if (mode === "r") return R!;
  return Object.assign([Q!, R!] as [Tensor<any>, Tensor<any>], { Q: Q!, R: R! });
}

/** Eigenvalues (ascending) and eigenvectors (columns) of a symmetric matrix; reads the lower triangle. */
export function eigh(a: TensorLike): EighResult {
  guard("linalg.eigh");
  const op = "np.linalg.eigh";
  const A = mat(a, op);
  const { n, batch } = checkMatrix(A, op, true);
  const [w, v] = mapMatrices(A, n, n, batch, A.dtype, (x) => {
    const r = jacobiEigh(x, n, op);
    return [{ data: r.w, shape: [n] }, { data: r.v, shape: [n, n] }];
  });
  return Object.assign([w!, v!] as [Tensor<any>, Tensor<any>], { eigenvalues: w!, eigenvectors: v! });
}

/** Eigenvalues (ascending) of a symmetric matrix. */
export function eigvalsh(a: TensorLike): Tensor<any> {
  guard("linalg.eigvalsh");
  const op = "np.linalg.eigvalsh";
  const A = mat(a, op);
  const { n, batch } = checkMatrix(A, op, true);
  return mapMatrices(A, n, n, batch, A.dtype, (x) => [{ data: jacobiEigh(x, n, op).w, shape: [n] }])[0]!;
}

export interface SVDOptions { fullMatrices?: boolean; computeUv?: boolean }

/**
 * Singular value decomposition A = U · diag(S) · Vh, singular values descending.
 * `fullMatrices` (default true, like NumPy) makes U m×m and Vh n×n; false gives the thin SVD.
 */
export function svd(a: TensorLike, options?: boolean | (SVDOptions & { computeUv?: true })): SVDResult;
export function svd(a: TensorLike, options: SVDOptions & { computeUv: false }): Tensor<any>;
export function svd(a: TensorLike, options: boolean | SVDOptions = {}): SVDResult | Tensor<any> {
  guard("linalg.svd");
  const op = "np.linalg.svd";
  const o = typeof options === "boolean" ? { fullMatrices: options } : options;
  const full = o.fullMatrices ?? true;
  const A = mat(a, op);
  const { m, n, batch } = checkMatrix(A, op, false);
  const k = Math.min(m, n);
  const [U, S, Vh] = mapMatrices(A, m, n, batch, A.dtype, (x) => {
    const r = jacobiSVD(x, m, n, full, op);
    return [{ data: r.u, shape: [m, r.uCols] }, { data: r.s, shape: [k] }, { data: r.vt, shape: [r.vtRows, n] }];
  });
  if (o.computeUv === false) return S!;
  return Object.assign([U!, S!, Vh!] as [Tensor<any>, Tensor<any>, Tensor<any>], { U: U!, S: S!, Vh: Vh! });
}

/** Singular values, descending. */
export function svdvals(a: TensorLike): Tensor<any> {
  guard("linalg.svdvals");
  return svd(a, { fullMatrices: false, computeUv: false });
}

/** Moore–Penrose pseudo-inverse via the SVD (singular values below rcond·max are treated as 0). */
export function pinv(a: TensorLike, rcond = 1e-15): Tensor<any> {
  guard("linalg.pinv");
  const op = "np.linalg.pinv";
  const A = mat(a, op);
  const { m, n, batch } = checkMatrix(A, op, false);
  return mapMatrices(A, m, n, batch, A.dtype, (x) => {
    const r = jacobiSVD(x, m, n, false, op);
    const k = Math.min(m, n);
    const cut = rcond * (r.s[0] ?? 0);
    const out = new Float64Array(n * m);
    for (let p = 0; p < k; p++) {
      const s = r.s[p]!;
      if (!(s > cut) || s === 0) continue;
      for (let i = 0; i < n; i++) {
        const v = r.vt[p * n + i]! / s;
        for (let j = 0; j < m; j++) out[i * m + j]! += v * r.u[j * r.uCols + p]!;
      }
    }
    return [{ data: out, shape: [n, m] }];
  })[0]!;
}

/** Number of singular values above tol (default max(m, n)·eps·σ_max). */
export function matrixRank(a: TensorLike, tol?: number): Tensor<any> {
  guard("linalg.matrixRank");
  const op = "np.linalg.matrixRank";
  const A = mat(a, op);
  if (A.ndim < 2) { let nz = 0; for (const v of A.data) if (v !== 0) nz = 1; return new Tensor(Float64Array.of(nz), []); }
  const { m, n, batch } = checkMatrix(A, op, false);
  return mapMatrices(A, m, n, batch, "float64", (x) => {
    const s = jacobiSVD(x, m, n, false, op).s;
    const t = tol ?? Math.max(m, n) * EPS * (s[0] ?? 0);
    let r = 0;
    for (const v of s) if (v > t) r++;
    return [{ data: Float64Array.of(r), shape: [] }];
  })[0]!;
}

/** Least-squares solution of A x ≈ b: [x, residuals, rank, singular values] (residuals: sum of squares per column when rank = n < m). */
export function lstsq(a: TensorLike, b: TensorLike): [Tensor<any>, Tensor<any>, number, Tensor<any>] {
  guard("linalg.lstsq");
  return internal(() => {
    const op = "np.linalg.lstsq";
    const A = mat(a, op), B = mat(b, op);
    if (A.ndim !== 2) throw new ShapeError(`${op}: A must be 2-d, got shape ${fmtShape(A.shape)}`);
    const [m, n] = A.shape as [number, number];
    if (B.ndim < 1 || B.ndim > 2 || B.shape[0] !== m) {
      throw new ShapeError(`${op}: b must have ${m} rows to match A ${fmtShape(A.shape)}, got shape ${fmtShape(B.shape)}`);
    }
    const x = matmulImpl(pinv(A), B, op);
    const rank = matrixRank(A).item();
    const s = svdvals(A);
    let resid: Tensor<any> = new Tensor(alloc(A.dtype, 0), [0]);
    if (rank === n && m > n) {
      const r = matmulImpl(A, x, op);
      const k = B.ndim === 1 ? 1 : B.shape[1]!;
      const out = alloc(A.dtype, k);
      for (let i = 0; i < m; i++) for (let j = 0; j < k; j++) { const d = r.data[i * k + j]! - B.data[i * k + j]!; out[j]! += d * d; }
      resid = new Tensor(out, [k]);
    }
    return [x, resid, rank, s];
  });
}

export interface NormOptions {
  ord?: number | "fro" | "nuc" | null;
  axis?: number | readonly [number, number] | null;
  keepdims?: boolean;
}

/**
 * Vector or matrix norm. Vectors: ord 2 (default), 1, Infinity, -Infinity, 0 (count of nonzeros)
 * or any p. Matrices: "fro" (default), "nuc", 1, -1, 2, -2, Infinity, -Infinity.
 * `norm(x)` of any tensor is the 2-norm of all its entries.
 */
export function norm(x: TensorLike, ord?: NormOptions["ord"] | NormOptions, axis?: NormOptions["axis"], keepdims = false): Tensor<any> {
  guard("linalg.norm");
  return internal(() => {
    const op = "np.linalg.norm";
    let o: NormOptions;
    if (ord !== null && typeof ord === "object") o = ord;
    else o = { ord: ord ?? null, axis: axis ?? null, keepdims };
    const t = mat(x, op);
    const keep = o.keepdims ?? false;
    const p = o.ord ?? null;
    let axes: number[];
    if (o.axis === null || o.axis === undefined) {
      if (p === null) {
        let s = 0;
        for (const v of t.data) s += v * v;
        const out = alloc(t.dtype, 1);
        out[0] = Math.sqrt(s);
        return new Tensor(out, keep ? t.shape.map(() => 1) : []);
      }
      if (t.ndim !== 1 && t.ndim !== 2) throw new ShapeError(`${op}: with ord=${String(p)} and no axis the input must be 1-d or 2-d, got shape ${fmtShape(t.shape)}`);
      axes = t.ndim === 1 ? [0] : [0, 1];
    } else {
      axes = typeof o.axis === "number" ? [o.axis] : [...o.axis];
      if (axes.length !== 1 && axes.length !== 2) throw new ShapeError(`${op}: axis must be one axis (vector norm) or two (matrix norm)`);
      const norm2 = normAxes(axes, t.ndim, op);
      axes = typeof o.axis === "number" ? norm2 : axes.map((a) => (a < 0 ? a + t.ndim : a));
    }
    const keptShape = t.shape.map((d, i) => (axes.includes(i) ? 1 : d));
    const finalShape = keep ? keptShape : t.shape.filter((_, i) => !axes.includes(i));
    if (axes.length === 1) {
      const moved = moveaxis(t, axes[0]!, -1);
      const len = t.shape[axes[0]!]!;
      const out = alloc(t.dtype, sizeOf(finalShape));
      if (typeof p === "string") throw new ValueError(`${op}: ord=${JSON.stringify(p)} is a matrix norm; vectors take a number`);
      const q = p ?? 2;
      for (let r = 0; r < out.length; r++) {
        const d = moved.data.subarray(r * len, (r + 1) * len);
        let acc: number;
        if (q === Infinity) { acc = 0; for (const v of d) acc = Math.max(acc, Math.abs(v)); }
        else if (q === -Infinity) { acc = Infinity; for (const v of d) acc = Math.min(acc, Math.abs(v)); }
        else if (q === 0) { acc = 0; for (const v of d) if (v !== 0) acc++; }
        else if (q === 1) { acc = 0; for (const v of d) acc += Math.abs(v); }
        else if (q === 2) { acc = 0; for (const v of d) acc += v * v; acc = Math.sqrt(acc); }
        else { acc = 0; for (const v of d) acc += Math.abs(v) ** q; acc = acc ** (1 / q); }
        out[r] = acc;
      }
      return new Tensor(out, finalShape);
    }
    // Matrix norms: move the two axes to the end.
    const [r0, c0] = axes as [number, number];
    if (r0 === c0) throw new ShapeError(`${op}: the two axes of a matrix norm must differ, got [${r0}, ${c0}]`);
    const rest = t.shape.map((_, i) => i).filter((i) => i !== r0 && i !== c0);
    const perm = [...rest, r0, c0];
    const moved = perm.every((v, i) => v === i) ? t : transposeAxes(t, perm);
    const m = t.shape[r0]!, n = t.shape[c0]!;
    const res = mapMatrices(moved, m, n, rest.map((i) => t.shape[i]!), t.dtype, (a) => {
      let v: number;
      const absRowSums = () => Array.from({ length: m }, (_, i) => { let s = 0; for (let j = 0; j < n; j++) s += Math.abs(a[i * n + j]!); return s; });
      const absColSums = () => Array.from({ length: n }, (_, j) => { let s = 0; for (let i = 0; i < m; i++) s += Math.abs(a[i * n + j]!); return s; });
      switch (p) {
        case null: case "fro": { let s = 0; for (const x of a) s += x * x; v = Math.sqrt(s); break; }
        case "nuc": { v = 0; for (const s of jacobiSVD(a, m, n, false, op).s) v += s; break; }
        case Infinity: v = Math.max(...absRowSums()); break;
        case -Infinity: v = Math.min(...absRowSums()); break;
        case 1: v = Math.max(...absColSums()); break;
        case -1: v = Math.min(...absColSums()); break;
        case 2: v = jacobiSVD(a, m, n, false, op).s[0] ?? 0; break;
        case -2: { const s = jacobiSVD(a, m, n, false, op).s; v = s[s.length - 1] ?? 0; break; }
        default: throw new ValueError(`${op}: ord=${String(p)} is not a matrix norm; use "fro", "nuc", 1, -1, 2, -2, Infinity or -Infinity`);
      }
      return [{ data: Float64Array.of(v), shape: [] }];
    })[0]!;
    return reshape(res, finalShape);
  });
}

function transposeAxes(t: Tensor<any>, perm: number[]): Tensor<any> {
  let cur = t;
  // Build the permutation with moveaxis steps (keeps this file free of a second transpose path).
  const order = t.shape.map((_, i) => i);
  perm.forEach((src, dst) => {
    const at = order.indexOf(src);
    if (at !== dst) { cur = moveaxis(cur, at, dst); order.splice(dst, 0, order.splice(at, 1)[0]!); }
  });
  return cur;
}
