// Matrix products: matmul (batched, broadcasting the batch axes), dot, outer, inner, diag, trace.
import { Tensor, type TensorLike } from "./tensor";
import { toTensor } from "./create";
import { alloc, promote } from "./dtype";
import { fmtShape, ShapeError } from "./errors";
import { broadcastShapes, sizeOf, stridesOf } from "./shape";
import { gemmBt, gemv, transposeInto } from "./matmul_kernel";
import { multiply } from "./elementwise";
import { moveaxis, reshape } from "./shapeops";
import { guard, internal } from "./withheld";

/**
 * Matrix product with NumPy's matmul rules: [M,K]·[K,N] → [M,N]; leading (batch) axes broadcast,
 * [B,M,K]·[K,N] → [B,M,N]; a 1-D first operand acts as a row vector, a 1-D second one as a
 * column vector, and that axis is removed from the result.
 */
export function matmul(a: TensorLike, b: TensorLike): Tensor<any> {
  guard("matmul");
  return matmulImpl(toTensor(a, undefined, "np.matmul"), toTensor(b, undefined, "np.matmul"), "np.matmul");
}

export function matmulImpl(ta: Tensor<any>, tb: Tensor<any>, op: string): Tensor<any> {
  if (ta.ndim === 0 || tb.ndim === 0) {
    throw new ShapeError(`${op}: matrix product needs at least 1-d operands, got shapes ${fmtShape(ta.shape)} and ${fmtShape(tb.shape)}; use np.multiply (or *) to scale by a number`);
  }
  const aVec = ta.ndim === 1, bVec = tb.ndim === 1;
  const as = aVec ? [1, ta.shape[0]!] : [...ta.shape];
  const bs = bVec ? [tb.shape[0]!, 1] : [...tb.shape];
  const M = as[as.length - 2]!, K = as[as.length - 1]!, K2 = bs[bs.length - 2]!, N = bs[bs.length - 1]!;
  if (K !== K2) {
    const rule = "(…, M, K) · (…, K, N) → (…, M, N): the last axis of the first must equal the second-to-last axis of the second";
    throw new ShapeError(`${op}: shapes ${fmtShape(ta.shape)} and ${fmtShape(tb.shape)} do not fit: axis -1 of the first has ${K} but axis ${bVec ? "0" : "-2"} of the second has ${K2}; ${rule}`);
  }
  const aBatch = as.slice(0, -2), bBatch = bs.slice(0, -2);
  const batch = aBatch.length === 0 && bBatch.length === 0 ? [] : broadcastShapes(aBatch, bBatch, `${op} (batch axes)`);
  const nb = sizeOf(batch);
  const out = alloc(promote(ta.dtype, tb.dtype), nb * M * N);
  const A = ta.data, B = tb.data;
  const aStr = batchStrides(aBatch, batch, M * K), bStr = batchStrides(bBatch, batch, K * N);
  const Bt = N === 1 ? undefined : new Float64Array(K * N);
  let btFor = -1;
  for (let p = 0; p < nb; p++) {
    let ao = 0, bo = 0, rem = p;
    for (let i = batch.length - 1; i >= 0; i--) {
      const d = batch[i]!, c = rem % d;
      rem = (rem - c) / d;
      ao += c * aStr[i]!; bo += c * bStr[i]!;
    }
    if (Bt === undefined) gemv(A, ao, B, bo, out, p * M, M, K);
    else {
      // Reuse the transposed B while the batch walks over the same B (e.g. [B,M,K]·[K,N]).
      if (bo !== btFor) { transposeInto(B, bo, K, N, Bt); btFor = bo; }
      gemmBt(A, ao, Bt, out, p * M * N, M, K, N);
    }
  }
  const shape = [...batch];
  if (!aVec) shape.push(M);
  if (!bVec) shape.push(N);
  return new Tensor(out, shape);
}

function batchStrides(own: readonly number[], batch: readonly number[], matSize: number): number[] {
  const s = stridesOf(own).map((x) => x * matSize);
  const off = batch.length - own.length;
  return batch.map((_, i) => (i < off || own[i - off] === 1 ? 0 : s[i - off]!));
}

/**
 * NumPy's dot: inner product of 1-D tensors, matrix product of 2-D ones, multiplication by a
 * 0-d tensor, and for N-d a sum over the last axis of `a` and the second-to-last axis of `b`.
 */
export function dot(a: TensorLike, b: TensorLike): Tensor<any> {
  guard("dot");
  return internal(() => {
    const ta = toTensor(a, undefined, "np.dot"), tb = toTensor(b, undefined, "np.dot");
    if (ta.ndim === 0 || tb.ndim === 0) return multiply(ta, tb);
    if (tb.ndim <= 2) return matmulImpl(ta, tb, "np.dot");
    const K = ta.shape[ta.ndim - 1]!;
    if (K !== tb.shape[tb.ndim - 2]) {
      throw new ShapeError(`np.dot: shapes ${fmtShape(ta.shape)} and ${fmtShape(tb.shape)} do not fit: axis -1 of the first has ${K} but axis -2 of the second has ${tb.shape[tb.ndim - 2]}; dot sums over those two axes`);
    }
    const a2 = reshape(ta, [-1, K]);
    const b2 = reshape(moveaxis(tb, -2, 0), [K, -1]);
    const c = matmulImpl(a2, b2, "np.dot");
    return reshape(c, [...ta.shape.slice(0, -1), ...tb.shape.slice(0, -2), tb.shape[tb.ndim - 1]!]);
  });
}

/** Outer product: out[i, j] = a[i] * b[j] (inputs are flattened). */
export function outer(a: TensorLike, b: TensorLike): Tensor<any> {
  guard("outer");
  const ta = toTensor(a, undefined, "np.outer"), tb = toTensor(b, undefined, "np.outer");
  const m = ta.size, n = tb.size;
  const out = alloc(promote(ta.dtype, tb.dtype), m * n);
  for (let i = 0; i < m; i++) {
    const x = ta.data[i]!;
    for (let j = 0; j < n; j++) out[i * n + j] = x * tb.data[j]!;
  }
  return new Tensor(out, [m, n]);
}

/** Sum of products over the last axes: inner(a, b)[..., ...] = Σ a[..., k] b[..., k]. */
export function inner(a: TensorLike, b: TensorLike): Tensor<any> {
  guard("inner");
  return internal(() => {
    const ta = toTensor(a, undefined, "np.inner"), tb = toTensor(b, undefined, "np.inner");
    if (ta.ndim === 0 || tb.ndim === 0) return multiply(ta, tb);
    const K = ta.shape[ta.ndim - 1]!;
    if (K !== tb.shape[tb.ndim - 1]) {
      throw new ShapeError(`np.inner: shapes ${fmtShape(ta.shape)} and ${fmtShape(tb.shape)} do not fit: the last axes have ${K} vs ${tb.shape[tb.ndim - 1]} entries and must be equal`);
    }
    const a2 = reshape(ta, [-1, K]), b2 = reshape(tb, [-1, K]);
    const c = matmulImpl(a2, b2.T, "np.inner");
    return reshape(c, [...ta.shape.slice(0, -1), ...tb.shape.slice(0, -1)]);
  });
}

/** 1-D input: a square matrix with it on diagonal k. 2-D input: its k-th diagonal as 1-D. */
export function diag(x: TensorLike, k = 0): Tensor<any> {
  guard("diag");
  const t = toTensor(x, undefined, "np.diag");
  if (t.ndim === 1) {
    const n = t.size + Math.abs(k);
    const out = alloc(t.dtype, n * n);
    for (let i = 0; i < t.size; i++) {
      const r = k >= 0 ? i : i - k, c = k >= 0 ? i + k : i;
      out[r * n + c] = t.data[i]!;
    }
    return new Tensor(out, [n, n]);
  }
  if (t.ndim !== 2) throw new ShapeError(`np.diag: input must be 1-d or 2-d, got shape ${fmtShape(t.shape)}`);
  const [r, c] = t.shape as [number, number];
  const len = Math.max(0, k >= 0 ? Math.min(r, c - k) : Math.min(r + k, c));
  const out = alloc(t.dtype, len);
  for (let i = 0; i < len; i++) {
    const row = k >= 0 ? i : i - k, col = k >= 0 ? i + k : i;
    out[i] = t.data[row * c + col]!;
  }
  return new Tensor(out, [len]);
}

/** Sum of the main diagonal of a matrix (for N-d: over axes 0 and 1, like NumPy). */
export function trace(x: TensorLike): Tensor<any> {
  guard("trace");
  const t = toTensor(x, undefined, "np.trace");
  if (t.ndim < 2) throw new ShapeError(`np.trace: needs a matrix (at least 2-d), got shape ${fmtShape(t.shape)}`);
  const [r, c] = t.shape as [number, number];
  const rest = t.shape.slice(2);
  const inner = sizeOf(rest);
  const out = alloc(t.dtype, inner);
  const n = Math.min(r, c);
  for (let i = 0; i < n; i++) {
    const base = (i * c + i) * inner;
    for (let j = 0; j < inner; j++) out[j]! += t.data[base + j]!;
  }
  return new Tensor(out, rest);
}
