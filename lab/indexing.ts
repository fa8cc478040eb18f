// NumPy-style indexing. An index is a list of parts, one per axis:
//   3 / -1        an integer picks one entry and removes the axis
//   "1:3", "::-1", ":" a slice (start:stop:step, negatives count from the end) keeps the axis
//   "..."         stands for as many ":" as needed
//   null          inserts a new axis of size 1 (NumPy's np.newaxis)
//   [0, 2, 2] or a 1-d tensor of integers picks those entries (integer-array indexing); several
//                 such parts are paired up elementwise (like NumPy), e.g. x.slice(np.arange(N), labels)
// Missing trailing parts mean ":".
import { Tensor, type TensorLike } from "./tensor";
import { operand, toTensor } from "./create";
import { fmtShape, IndexError, ShapeError } from "./errors";
import { broadcastShapes, normAxis, sizeOf } from "./shape";
import { broadcastIndex, broadcastStrides } from "./broadcast";
import { alloc } from "./dtype";
import { guard } from "./withheld";

export type IndexPart = number | string | null | readonly number[] | Tensor<any>;

/** Nested JS arrays for `toArray()`. */
export function toNested(t: Tensor<any>): any {
  if (t.ndim === 0) return t.data[0];
  const d = t.data, shape = t.shape;
  const build = (axis: number, off: number): any[] => {
    const n = shape[axis]!, s = t.strides[axis]!;
    const out = new Array<any>(n);
    if (axis === shape.length - 1) for (let i = 0; i < n; i++) out[i] = d[off + i];
    else for (let i = 0; i < n; i++) out[i] = build(axis + 1, off + i * s);
    return out;
  };
  return build(0, 0);
}

function checkInt(i: number, axis: number, size: number, op: string): number {
  if (!Number.isInteger(i)) throw new IndexError(`${op}: index ${i} on axis ${axis} is not a whole number; indices must be integers`);
  if (i < -size || i >= size) throw new IndexError(`${op}: index ${i} is out of bounds for axis ${axis} with size ${size} (valid: ${-size}..${size - 1})`);
  return i < 0 ? i + size : i;
}

/** The element at a full integer index. */
export function getItem(t: Tensor<any>, index: readonly number[]): number {
  if (index.length !== t.ndim) {
    throw new IndexError(`get: shape ${fmtShape(t.shape)} needs ${t.ndim} indices to reach one element, got ${index.length}; use x.slice(...) for a sub-tensor`);
  }
  let off = 0;
  for (let i = 0; i < index.length; i++) off += checkInt(index[i]!, i, t.shape[i]!, "get") * t.strides[i]!;
  return t.data[off]!;
}

/** Python's slice.indices: the positions start, start+step, ... before stop. */
function sliceIndices(spec: string, size: number, axis: number): number[] {
  const parts = spec.split(":");
  if (parts.length > 3) throw new IndexError(`slice: "${spec}" on axis ${axis} has too many colons; use "start:stop:step"`);
  const num = (s: string | undefined): number | undefined => {
    if (s === undefined || s.trim() === "") return undefined;
    const v = Number(s);
    if (!Number.isInteger(v)) throw new IndexError(`slice: "${spec}" on axis ${axis}: "${s}" is not an integer`);
    return v;
  };
  const step = num(parts[2]) ?? 1;
  if (step === 0) throw new IndexError(`slice: "${spec}" on axis ${axis}: the step must not be 0`);
  let start = num(parts[0]), stop = num(parts[1]);
  const lo = step > 0 ? 0 : -1, hi = step > 0 ? size : size - 1;
  const fix = (v: number | undefined, dflt: number): number => {
    if (v === undefined) return dflt;
    if (v < 0) v += size;
    return Math.min(Math.max(v, lo), hi);
  };
  start = fix(start, step > 0 ? 0 : size - 1);
  stop = fix(stop, step > 0 ? size : -1);
  const out: number[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(i);
  else for (let i = start; i > stop; i += step) out.push(i);
  return out;
}

interface Plan { shape: number[]; offsets: Int32Array[]; base: number }

function isFancy(p: IndexPart): p is readonly number[] | Tensor<any> {
  return Array.isArray(p) || p instanceof Tensor;
}

function plan(t: Tensor<any>, index: readonly IndexPart[], op: string): Plan {
  const consumes = (p: IndexPart) => p !== null && p !== "...";
  const nEllipsis = index.filter((p) => p === "...").length;
  if (nEllipsis > 1) throw new IndexError(`${op}: an index can only have a single "..."`);
  const used = index.filter(consumes).length;
  if (used > t.ndim) {
    throw new IndexError(`${op}: too many indices for a tensor of shape ${fmtShape(t.shape)}: ${t.ndim}-d, but ${used} were given`);
  }
  const parts: IndexPart[] = [];
  for (const p of index) {
    if (p === "...") for (let k = 0; k < t.ndim - used; k++) parts.push(":");
    else parts.push(p);
  }
  while (parts.filter(consumes).length < t.ndim) parts.push(":");

  const shape: number[] = [];
  const offsets: Int32Array[] = [];
  let base = 0, axis = 0;
  let fancySlot = -1;
  let fancyLists: { axis: number; idx: number[] }[] = [];
  for (const p of parts) {
    if (p === null) { shape.push(1); offsets.push(new Int32Array(1)); continue; }
    const size = t.shape[axis]!, stride = t.strides[axis]!;
    if (typeof p === "number") {
      base += checkInt(p, axis, size, op) * stride;
    } else if (typeof p === "string") {
      if (/^\s*-?\d+\s*$/.test(p)) base += checkInt(Number(p), axis, size, op) * stride;
      else {
        const idx = sliceIndices(p, size, axis);
        shape.push(idx.length);
        offsets.push(Int32Array.from(idx, (i) => i * stride));
      }
    } else if (isFancy(p)) {
      const list = p instanceof Tensor ? Array.from(p.data) : [...p];
      if (p instanceof Tensor && p.ndim !== 1) throw new IndexError(`${op}: integer-array index on axis ${axis} must be 1-d, got shape ${fmtShape(p.shape)}`);
      fancyLists.push({ axis, idx: list.map((i) => checkInt(i, axis, size, op)) });
      if (fancySlot < 0) { fancySlot = shape.length; shape.push(0); offsets.push(new Int32Array(0)); }
    } else {
      throw new IndexError(`${op}: cannot index with ${JSON.stringify(p)}; use integers, "start:stop:step" strings, "...", null or integer arrays`);
    }
    axis++;
  }
  if (fancySlot >= 0) {
    const lens = fancyLists.map((f) => f.idx.length);
    const n = Math.max(...lens);
    for (const f of fancyLists) {
      if (f.idx.length !== n && f.idx.length !== 1) {
        throw new IndexError(`${op}: integer-array indices must have the same length to be paired up, got lengths ${lens.join(" and ")}`);
      }
    }
    const off = new Int32Array(n);
    for (const f of fancyLists) {
      const s = t.strides[f.axis]!;
      for (let j = 0; j < n; j++) off[j]! += f.idx[f.idx.length === 1 ? 0 : j]! * s;
    }
    shape[fancySlot] = n;
    offsets[fancySlot] = off;
    fancyLists = [];
  }
  return { shape, offsets, base };
}

function forEachOffset(p: Plan, f: (k: number, off: number) => void): void {
  const n = sizeOf(p.shape);
  if (n === 0) return;
  const nd = p.shape.length;
  const counter = new Array<number>(nd).fill(0);
  let off = p.base;
  for (let i = 0; i < nd; i++) off += p.offsets[i]![0]!;
  for (let k = 0; k < n; k++) {
    f(k, off);
    for (let ax = nd - 1; ax >= 0; ax--) {
      const o = p.offsets[ax]!;
      const c = counter[ax]!;
      if (c + 1 < o.length) { off += o[c + 1]! - o[c]!; counter[ax] = c + 1; break; }
      off += o[0]! - o[c]!;
      counter[ax] = 0;
    }
  }
}

/** A new tensor holding the selected entries (always a copy). */
export function slice(t: Tensor<any>, index: readonly IndexPart[]): Tensor<any> {
  const p = plan(t, index, "slice");
  const out = alloc(t.dtype, sizeOf(p.shape));
  const d = t.data;
  forEachOffset(p, (k, off) => { out[k] = d[off]!; });
  return new Tensor(out, p.shape);
}

/** Writes `value`, broadcast to the selection's shape, into the selected entries. */
export function setItems(t: Tensor<any>, index: readonly IndexPart[], value: TensorLike): void {
  const p = plan(t, index, "set");
  const v = operand(value, t, "set");
  const b = broadcastShapes(v.shape, p.shape, "set");
  if (b.length !== p.shape.length || b.some((d, i) => d !== p.shape[i])) {
    throw new ShapeError(`set: a value of shape ${fmtShape(v.shape)} cannot be written into a selection of shape ${fmtShape(p.shape)}; it must broadcast to exactly that shape`);
  }
  const vs = broadcastStrides(v, p.shape);
  const d = t.data, vd = v.data;
  if (v.size === 1) { const x = vd[0]!; forEachOffset(p, (_, off) => { d[off] = x; }); return; }
  forEachOffset(p, (k, off) => { d[off] = vd[broadcastIndex(k, p.shape, vs)]!; });
}

/** Picks entries along one axis by integer indices: `np.take(x, [2, 0], 1)`; flattened when axis is omitted. */
export function take(x: TensorLike, indices: TensorLike, axis?: number | null): Tensor<any> {
  guard("take");
  let t = toTensor(x, undefined, "np.take");
  const idx = toTensor(indices, undefined, "np.take");
  if (axis === undefined || axis === null) { t = new Tensor(t.data, [t.size]); axis = 0; }
  const ax = normAxis(axis, t.ndim, "np.take");
  const flatIdx = new Tensor(idx.data, [idx.size]);
  const parts: IndexPart[] = t.shape.map(() => ":");
  parts[ax] = flatIdx;
  const r = slice(t, parts);
  return new Tensor(r.data, [...t.shape.slice(0, ax), ...idx.shape, ...t.shape.slice(ax + 1)]);
}

/**
 * Picks one entry per position along `axis`, like NumPy's take_along_axis: `indices` has the
 * shape of `x` except along `axis`. Typical: `np.takeAlongAxis(logp, labels.reshape(-1, 1), 1)`.
 */
export function takeAlongAxis(x: TensorLike, indices: TensorLike, axis: number): Tensor<any> {
  guard("takeAlongAxis");
  const t = toTensor(x, undefined, "np.takeAlongAxis");
  const idx = toTensor(indices, undefined, "np.takeAlongAxis");
  const ax = normAxis(axis, t.ndim, "np.takeAlongAxis");
  if (idx.ndim !== t.ndim) {
    throw new ShapeError(`np.takeAlongAxis: indices must have as many dimensions as the tensor: got ${fmtShape(idx.shape)} for ${fmtShape(t.shape)}`);
  }
  const shapeT = t.shape.map((d, i) => (i === ax ? 1 : d));
  const shapeI = idx.shape.map((d, i) => (i === ax ? 1 : d));
  const outer = broadcastShapes(shapeT, shapeI, "np.takeAlongAxis");
  const shape = outer.map((d, i) => (i === ax ? idx.shape[ax]! : d));
  const n = sizeOf(shape);
  const out = alloc(t.dtype, n);
  const is = broadcastStrides(idx, shape);
  const ts = t.shape.map((d, i) => (i === ax || d === 1 ? 0 : t.strides[i]!));
  const size = t.shape[ax]!;
  for (let k = 0; k < n; k++) {
    const j = checkInt(idx.data[broadcastIndex(k, shape, is)]!, ax, size, "np.takeAlongAxis");
    out[k] = t.data[broadcastIndex(k, shape, ts) + j * t.strides[ax]!]!;
  }
  return new Tensor(out, shape);
}
