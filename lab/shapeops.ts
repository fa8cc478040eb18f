// Operations that rearrange elements without arithmetic: reshape, transpose, stacking, splitting...
import { Tensor, type TensorLike } from "./tensor";
import { toTensor } from "./create";
import { alloc, checkDType, promote } from "./dtype";
import { fmtShape, ShapeError, ValueError } from "./errors";
import { broadcastShapes, checkShape, normAxis, normAxes, sizeOf } from "./shape";
import { broadcastStrides } from "./broadcast";
import { guard, internal } from "./withheld";
import type { DType } from "./types";

/** Same elements, new shape; one entry may be -1 and is then inferred. Shares storage. */
export function reshape(x: TensorLike, shape: number | readonly number[]): Tensor<any> {
  guard("reshape");
  const t = toTensor(x, undefined, "np.reshape");
  const want = typeof shape === "number" ? [shape] : [...shape];
  let infer = -1, known = 1;
  want.forEach((d, i) => {
    if (d === -1) {
      if (infer >= 0) throw new ShapeError(`np.reshape: only one dimension can be -1, got ${fmtShape(want)}`);
      infer = i;
    } else {
      checkShape([d], "np.reshape");
      known *= d;
    }
  });
  if (infer >= 0) {
    if (known === 0 || t.size % known !== 0) {
      throw new ShapeError(`np.reshape: cannot reshape ${fmtShape(t.shape)} (${t.size} elements) into ${fmtShape(want)}: ${t.size} is not a multiple of ${known}, so -1 has no whole-number size`);
    }
    want[infer] = t.size / known;
  } else if (known !== t.size) {
    throw new ShapeError(`np.reshape: cannot reshape ${fmtShape(t.shape)} (${t.size} elements) into ${fmtShape(want)} (${known} elements); the number of elements must stay the same`);
  }
  return new Tensor(t.data, want);
}

/** Permutes axes; reverses them when `axes` is omitted (so a matrix becomes its transpose). */
export function transpose(x: TensorLike, axes?: readonly number[]): Tensor<any> {
  guard("transpose");
  const t = toTensor(x, undefined, "np.transpose");
  const nd = t.ndim;
  let perm: number[];
  if (axes === undefined) perm = Array.from({ length: nd }, (_, i) => nd - 1 - i);
  else {
    if (axes.length !== nd) throw new ShapeError(`np.transpose: axes ${fmtShape(axes)} must list each of the ${nd} axes of shape ${fmtShape(t.shape)} exactly once`);
    perm = axes.map((a) => normAxis(a, nd, "np.transpose"));
    if (new Set(perm).size !== nd) throw new ShapeError(`np.transpose: axes ${fmtShape(axes)} repeat an axis; each axis must appear exactly once`);
  }
  const shape = perm.map((p) => t.shape[p]!);
  const out = alloc(t.dtype, t.size);
  const src = t.data;
  if (nd === 2 && perm[0] === 1) {
    const r = t.shape[0]!, c = t.shape[1]!;
    const B = 32;
    for (let i0 = 0; i0 < r; i0 += B) {
      const i1 = Math.min(i0 + B, r);
      for (let j0 = 0; j0 < c; j0 += B) {
        const j1 = Math.min(j0 + B, c);
        for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) out[j * r + i] = src[i * c + j]!;
      }
    }
    return new Tensor(out, shape);
  }
  copyStrided(src, shape, perm.map((p) => t.strides[p]!), out);
  return new Tensor(out, shape);
}

/** Copies src (read with `strides` over `shape`) into contiguous `out`. */
export function copyStrided(src: ArrayLike<number>, shape: readonly number[], strides: readonly number[], out: { [i: number]: number; length: number }, srcOffset = 0): void {
  const n = sizeOf(shape);
  if (n === 0) return;
  const nd = shape.length;
  if (nd === 0) { out[0] = src[srcOffset]!; return; }
  const inner = shape[nd - 1]!, is = strides[nd - 1]!;
  const counter = new Array<number>(nd).fill(0);
  let off = srcOffset;
  for (let o = 0; o < n; o += inner) {
    let p = off;
    for (let k = 0; k < inner; k++) { out[o + k] = src[p]!; p += is; }
    for (let ax = nd - 2; ax >= 0; ax--) {
      counter[ax]!++;
      off += strides[ax]!;
      if (counter[ax]! < shape[ax]!) break;
      off -= strides[ax]! * shape[ax]!;
      counter[ax] = 0;
    }
  }
}

/** Swaps two axes. */
export function swapaxes(x: TensorLike, a: number, b: number): Tensor<any> {
  guard("swapaxes");
  return internal(() => {
    const t = toTensor(x, undefined, "np.swapaxes");
    const perm = Array.from({ length: t.ndim }, (_, i) => i);
    const i = normAxis(a, t.ndim, "np.swapaxes"), j = normAxis(b, t.ndim, "np.swapaxes");
    perm[i] = j; perm[j] = i;
    return transpose(t, perm);
  });
}

/** Moves axis `source` to position `destination`. */
export function moveaxis(x: TensorLike, source: number, destination: number): Tensor<any> {
  guard("moveaxis");
  return internal(() => {
    const t = toTensor(x, undefined, "np.moveaxis");
    const s = normAxis(source, t.ndim, "np.moveaxis"), d = normAxis(destination, t.ndim, "np.moveaxis");
    const perm = Array.from({ length: t.ndim }, (_, i) => i).filter((i) => i !== s);
    perm.splice(d, 0, s);
    return transpose(t, perm);
  });
}

/** Inserts size-1 axes at the given positions of the result: [3] → expandDims(x, 0) → [1, 3]. */
export function expandDims(x: TensorLike, axis: number | readonly number[]): Tensor<any> {
  guard("expandDims");
  const t = toTensor(x, undefined, "np.expandDims");
  const list = typeof axis === "number" ? [axis] : axis;
  const nd = t.ndim + list.length;
  const axes = normAxes(list, nd, "np.expandDims");
  const shape: number[] = [];
  let src = 0;
  for (let i = 0; i < nd; i++) shape.push(axes.includes(i) ? 1 : t.shape[src++]!);
  return new Tensor(t.data, shape);
}

/** Removes size-1 axes (all of them, or only those named, which must have size 1). */
export function squeeze(x: TensorLike, axis?: number | readonly number[] | null): Tensor<any> {
  guard("squeeze");
  const t = toTensor(x, undefined, "np.squeeze");
  let drop: number[];
  if (axis === undefined || axis === null) drop = t.shape.flatMap((d, i) => (d === 1 ? [i] : []));
  else {
    drop = normAxes(axis, t.ndim, "np.squeeze");
    for (const a of drop) {
      if (t.shape[a] !== 1) throw new ShapeError(`np.squeeze: cannot remove axis ${a} of shape ${fmtShape(t.shape)}: it has size ${t.shape[a]}, and only axes of size 1 can be squeezed`);
    }
  }
  return new Tensor(t.data, t.shape.filter((_, i) => !drop.includes(i)));
}

/** Joins tensors along an existing axis: shapes must agree on every other axis. */
export function concatenate(tensors: readonly TensorLike[], axis: number | null = 0): Tensor<any> {
  guard("concatenate");
  return internal(() => {
    const ts = tensors.map((x) => toTensor(x, undefined, "np.concatenate"));
    if (ts.length === 0) throw new ValueError("np.concatenate: need at least one tensor to concatenate");
    if (axis === null) return concatenate(ts.map((t) => reshape(t, [t.size])), 0);
    const first = ts[0]!;
    if (first.ndim === 0) throw new ShapeError("np.concatenate: 0-d tensors cannot be concatenated (they have no axis); use np.stack");
    const ax = normAxis(axis, first.ndim, "np.concatenate");
    let total = 0, dtype: DType = first.dtype;
    ts.forEach((t, k) => {
      if (t.ndim !== first.ndim) {
        throw new ShapeError(`np.concatenate: tensor 0 has shape ${fmtShape(first.shape)} (${first.ndim}-d) but tensor ${k} has shape ${fmtShape(t.shape)} (${t.ndim}-d); all must have the same number of dimensions`);
      }
      for (let i = 0; i < t.ndim; i++) {
        if (i !== ax && t.shape[i] !== first.shape[i]) {
          throw new ShapeError(`np.concatenate: along axis ${ax}, every other axis must match: tensor 0 has shape ${fmtShape(first.shape)} and tensor ${k} has shape ${fmtShape(t.shape)}, which differ at axis ${i} (${first.shape[i]} vs ${t.shape[i]})`);
        }
      }
      total += t.shape[ax]!;
      dtype = promote(dtype, t.dtype);
    });
    const shape = [...first.shape];
    shape[ax] = total;
    let outer = 1;
    for (let i = 0; i < ax; i++) outer *= shape[i]!;
    let inner = 1;
    for (let i = ax + 1; i < shape.length; i++) inner *= shape[i]!;
    const out = alloc(dtype, sizeOf(shape));
    const rowOut = total * inner;
    let pos = 0;
    for (const t of ts) {
      const chunk = t.shape[ax]! * inner;
      for (let o = 0; o < outer; o++) out.set(t.data.subarray(o * chunk, (o + 1) * chunk), o * rowOut + pos);
      pos += chunk;
    }
    return new Tensor(out, shape);
  });
}

/** Stacks tensors of identical shape along a new axis. */
export function stack(tensors: readonly TensorLike[], axis = 0): Tensor<any> {
  guard("stack");
  return internal(() => {
    const ts = tensors.map((x) => toTensor(x, undefined, "np.stack"));
    if (ts.length === 0) throw new ValueError("np.stack: need at least one tensor to stack");
    const first = ts[0]!;
    ts.forEach((t, k) => {
      if (t.ndim !== first.ndim || t.shape.some((d, i) => d !== first.shape[i])) {
        throw new ShapeError(`np.stack: all tensors must have the same shape, but tensor 0 has shape ${fmtShape(first.shape)} and tensor ${k} has shape ${fmtShape(t.shape)}`);
      }
    });
    const ax = normAxis(axis, first.ndim + 1, "np.stack");
    return concatenate(ts.map((t) => expandDims(t, ax)), ax);
  });
}

/** Stacks 1-D tensors as rows / joins along axis 0 (at least 2-d). */
export function vstack(tensors: readonly TensorLike[]): Tensor<any> {
  guard("vstack");
  return internal(() => {
    return concatenate(tensors.map((x) => { const t = toTensor(x, undefined, "np.vstack"); return t.ndim < 2 ? reshape(t, [1, t.size]) : t; }), 0);
  });
}

/** Joins along axis 1 (axis 0 for 1-D tensors). */
export function hstack(tensors: readonly TensorLike[]): Tensor<any> {
  guard("hstack");
  return internal(() => {
    const ts = tensors.map((x) => toTensor(x, undefined, "np.hstack"));
    return concatenate(ts, ts[0] !== undefined && ts[0].ndim === 1 ? 0 : 1);
  });
}

/** Splits into `sections` equal parts, or at the given indices, along `axis`. */
export function split(x: TensorLike, sections: number | readonly number[], axis = 0): Tensor<any>[] {
  guard("split");
  const t = toTensor(x, undefined, "np.split");
  const ax = normAxis(axis, t.ndim, "np.split");
  const len = t.shape[ax]!;
  let cuts: number[];
  if (typeof sections === "number") {
    if (!Number.isInteger(sections) || sections <= 0) throw new ValueError(`np.split: the number of sections must be a positive whole number, got ${sections}`);
    if (len % sections !== 0) {
      throw new ShapeError(`np.split: axis ${ax} of shape ${fmtShape(t.shape)} has ${len} entries, which do not split into ${sections} equal sections; pass split indices instead`);
    }
    cuts = Array.from({ length: sections - 1 }, (_, i) => ((i + 1) * len) / sections);
  } else {
    cuts = sections.map((c) => Math.min(Math.max(c < 0 ? c + len : c, 0), len));
  }
  const bounds = [0, ...cuts, len];
  let outer = 1, inner = 1;
  for (let i = 0; i < ax; i++) outer *= t.shape[i]!;
  for (let i = ax + 1; i < t.ndim; i++) inner *= t.shape[i]!;
  const parts: Tensor<any>[] = [];
  for (let p = 0; p + 1 < bounds.length; p++) {
    const lo = bounds[p]!, hi = Math.max(bounds[p + 1]!, lo);
    const shape = [...t.shape];
    shape[ax] = hi - lo;
    const out = alloc(t.dtype, sizeOf(shape));
    const chunk = (hi - lo) * inner;
    for (let o = 0; o < outer; o++) out.set(t.data.subarray((o * len + lo) * inner, (o * len + lo) * inner + chunk), o * chunk);
    parts.push(new Tensor(out, shape));
  }
  return parts;
}

/** Copies `x` to `shape` following the broadcasting rules. */
export function broadcastTo(x: TensorLike, shape: readonly number[]): Tensor<any> {
  guard("broadcastTo");
  const t = toTensor(x, undefined, "np.broadcastTo");
  const target = checkShape([...shape], "np.broadcastTo");
  const b = broadcastShapes(t.shape, target, "np.broadcastTo");
  if (b.length !== target.length || b.some((d, i) => d !== target[i])) {
    throw new ShapeError(`np.broadcastTo: cannot broadcast shape ${fmtShape(t.shape)} to ${fmtShape(target)}: the result would be ${fmtShape(b)}; only axes of size 1 (or missing on the left) can be stretched`);
  }
  const out = alloc(t.dtype, sizeOf(target));
  copyStrided(t.data, target, broadcastStrides(t, target), out);
  return new Tensor(out, target);
}

/** A copy converted to another dtype. */
export function astype(x: TensorLike, dtype: DType): Tensor<any> {
  const t = toTensor(x, undefined, "astype");
  const dt = checkDType(dtype, "astype");
  const out = alloc(dt, t.size);
  out.set(t.data);
  return new Tensor(out, t.shape);
}

/** Repeats the whole tensor `reps` times along each axis. */
export function tile(x: TensorLike, reps: number | readonly number[]): Tensor<any> {
  guard("tile");
  return internal(() => {
    const t = toTensor(x, undefined, "np.tile");
    const r = typeof reps === "number" ? [reps] : [...reps];
    checkShape(r, "np.tile");
    const nd = Math.max(t.ndim, r.length);
    const src = [...Array(nd - t.ndim).fill(1), ...t.shape] as number[];
    const rr = [...Array(nd - r.length).fill(1), ...r] as number[];
    const shape = src.map((d, i) => d * rr[i]!);
    const out = alloc(t.dtype, sizeOf(shape));
    const base = reshape(t, src);
    const ss = base.strides;
    const ostr = new Tensor(out, shape).strides;
    for (let k = 0; k < out.length; k++) {
      let rem = k, off = 0;
      for (let i = 0; i < nd; i++) {
        const c = Math.floor(rem / ostr[i]!);
        rem -= c * ostr[i]!;
        off += (c % src[i]!) * ss[i]!;
      }
      out[k] = t.data[off]!;
    }
    return new Tensor(out, shape);
  });
}

/** Repeats each element `repeats` times along `axis` (flattened when omitted). */
export function repeat(x: TensorLike, repeats: number, axis?: number | null): Tensor<any> {
  guard("repeat");
  return internal(() => {
    let t = toTensor(x, undefined, "np.repeat");
    checkShape([repeats], "np.repeat");
    if (axis === undefined || axis === null) { t = reshape(t, [t.size]); axis = 0; }
    const ax = normAxis(axis, t.ndim, "np.repeat");
    let outer = 1, inner = 1;
    for (let i = 0; i < ax; i++) outer *= t.shape[i]!;
    for (let i = ax + 1; i < t.ndim; i++) inner *= t.shape[i]!;
    const len = t.shape[ax]!;
    const shape = [...t.shape];
    shape[ax] = len * repeats;
    const out = alloc(t.dtype, sizeOf(shape));
    let p = 0;
    for (let o = 0; o < outer; o++) {
      for (let k = 0; k < len; k++) {
        const row = t.data.subarray((o * len + k) * inner, (o * len + k + 1) * inner);
        for (let r = 0; r < repeats; r++) { out.set(row, p); p += inner; }
      }
    }
    return new Tensor(out, shape);
  });
}

/** Reverses the order of elements along `axis` (all axes when omitted). */
export function flip(x: TensorLike, axis?: number | readonly number[] | null): Tensor<any> {
  guard("flip");
  const t = toTensor(x, undefined, "np.flip");
  const axes = normAxes(axis, t.ndim, "np.flip");
  const strides = t.strides.map((s, i) => (axes.includes(i) ? -s : s));
  let offset = 0;
  for (const a of axes) offset += (t.shape[a]! - 1) * t.strides[a]!;
  const out = alloc(t.dtype, t.size);
  if (t.size > 0) copyStrided(t.data, t.shape, strides, out, offset);
  return new Tensor(out, t.shape);
}
