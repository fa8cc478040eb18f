// Reductions over one axis, several axes, or all of them, with keepdims — NumPy semantics.
import { Tensor, type TensorLike } from "./tensor";
import { toTensor } from "./create";
import { alloc } from "./dtype";
import { fmtShape, ShapeError, ValueError } from "./errors";
import { normAxes, normAxis } from "./shape";
import { guard } from "./withheld";
import type { TypedArray } from "./types";
import { binaryBroadcast } from "./broadcast";
import { SUB as SUB_OP } from "./kernels";

/** `{ axis, keepdims }` as accepted by every reduction (axis may also be passed positionally). */
export interface ReduceOptions {
  axis?: number | readonly number[] | null;
  keepdims?: boolean;
}
/** Options of `var`/`std`: `ddof` is the "delta degrees of freedom" (1 for the sample variance). */
export interface VarOptions extends ReduceOptions {
  ddof?: number;
}
export type AxisArg = number | readonly number[] | null | undefined;

function parseArgs<O extends ReduceOptions>(axis: AxisArg | O, options: O | undefined): { axis: AxisArg; opts: Partial<O> } {
  if (axis !== null && typeof axis === "object" && !Array.isArray(axis)) {
    const o = axis as O;
    return { axis: o.axis, opts: o };
  }
  return { axis: axis as AxisArg, opts: options ?? {} };
}

const SUM = 0, PROD = 1, MAX = 2, MIN = 3, ANY = 4, ALL = 5;
const NAMES = ["sum", "prod", "max", "min", "any", "all"];

/** Reduces `data` viewed as [outer, len, inner] over the middle axis into out[outer*inner]. */
function reduceMiddle(kind: number, x: TypedArray, outer: number, len: number, inner: number, out: Float64Array): void {
  if (inner === 1) {
    for (let o = 0; o < outer; o++) {
      let p = o * len;
      const end = p + len;
      let acc: number;
      switch (kind) {
        case SUM: acc = 0; for (; p < end; p++) acc += x[p]!; break;
        case PROD: acc = 1; for (; p < end; p++) acc *= x[p]!; break;
        case MAX: acc = x[p]!; for (p++; p < end; p++) { const v = x[p]!; if (v > acc || v !== v) { acc = v; if (v !== v) break; } } break;
        case MIN: acc = x[p]!; for (p++; p < end; p++) { const v = x[p]!; if (v < acc || v !== v) { acc = v; if (v !== v) break; } } break;
        case ANY: acc = 0; for (; p < end; p++) if (x[p] !== 0) { acc = 1; break; } break;
        default: acc = 1; for (; p < end; p++) if (x[p] === 0) { acc = 0; break; } break;
      }
      out[o] = acc;
    }
    return;
  }
  for (let o = 0; o < outer; o++) {
    const base = o * len * inner, ob = o * inner;
    switch (kind) {
      case SUM: case PROD: case ANY: case ALL:
        out.fill(kind === SUM || kind === ANY ? 0 : 1, ob, ob + inner);
        break;
      default:
        for (let i = 0; i < inner; i++) out[ob + i] = x[base + i]!;
    }
    for (let k = kind === MAX || kind === MIN ? 1 : 0; k < len; k++) {
      const row = base + k * inner;
      switch (kind) {
        case SUM: for (let i = 0; i < inner; i++) out[ob + i]! += x[row + i]!; break;
        case PROD: for (let i = 0; i < inner; i++) out[ob + i]! *= x[row + i]!; break;
        case MAX: for (let i = 0; i < inner; i++) { const v = x[row + i]!, m = out[ob + i]!; if (v > m || v !== v) out[ob + i] = v === v && m !== m ? m : v; } break;
        case MIN: for (let i = 0; i < inner; i++) { const v = x[row + i]!, m = out[ob + i]!; if (v < m || v !== v) out[ob + i] = v === v && m !== m ? m : v; } break;
        case ANY: for (let i = 0; i < inner; i++) if (x[row + i] !== 0) out[ob + i] = 1; break;
        default: for (let i = 0; i < inner; i++) if (x[row + i] === 0) out[ob + i] = 0; break;
      }
    }
  }
}

function keptShape(shape: readonly number[], axes: readonly number[], keepdims: boolean): number[] {
  const out: number[] = [];
  shape.forEach((d, i) => {
    if (!axes.includes(i)) out.push(d);
    else if (keepdims) out.push(1);
  });
  return out;
}

/** Core reduction: returns float64 values in the kept shape (float32 inputs are rounded back at the end). */
function reduceCore(kind: number, t: Tensor<any>, axes: readonly number[], op: string): { data: Float64Array; count: number } {
  let count = 1;
  for (const a of axes) count *= t.shape[a]!;
  if (count === 0 && (kind === MAX || kind === MIN)) {
    throw new ValueError(`${op}: cannot take the ${NAMES[kind]} of an empty selection (shape ${fmtShape(t.shape)}, reducing axis ${axes.join(", ")}): it has no identity value`);
  }
  // Merge runs of adjacent axes (all reduced or all kept): reducing [1, 2] of [A, B, C] is
  // reducing axis 1 of [A, B*C].
  const shape: number[] = [];
  const merged: number[] = [];
  t.shape.forEach((d, i) => {
    const red = axes.includes(i);
    const prevRed = i > 0 && axes.includes(i - 1);
    if (i > 0 && red === prevRed) shape[shape.length - 1]! *= d;
    else { shape.push(d); if (red) merged.push(shape.length - 1); }
  });
  let data: TypedArray = t.data;
  let result: Float64Array | undefined;
  // Reduce the merged axes one at a time, last first, keeping them as size 1.
  for (let j = merged.length - 1; j >= 0; j--) {
    const ax = merged[j]!;
    let outer = 1, inner = 1;
    for (let i = 0; i < ax; i++) outer *= shape[i]!;
    for (let i = ax + 1; i < shape.length; i++) inner *= shape[i]!;
    const len = shape[ax]!;
    result = new Float64Array(outer * inner);
    if (len === 0) result.fill(kind === SUM || kind === ANY ? 0 : 1);
    else reduceMiddle(kind, data, outer, len, inner, result);
    data = result;
    shape[ax] = 1;
  }
  if (result === undefined) result = Float64Array.from(t.data);
  return { data: result, count };
}

function finish(values: Float64Array, t: Tensor<any>, shape: number[]): Tensor<any> {
  if (t.dtype === "float32") return new Tensor(Float32Array.from(values), shape);
  return new Tensor(values, shape);
}

function reduction(kind: number, name: string, x: TensorLike, axis: AxisArg | ReduceOptions, options: ReduceOptions | undefined): Tensor<any> {
  guard(name);
  const op = `np.${name}`;
  const t = toTensor(x, undefined, op);
  const { axis: ax, opts } = parseArgs(axis, options);
  const axes = normAxes(ax, t.ndim, op);
  const shape = keptShape(t.shape, axes, opts.keepdims ?? false);
  const { data } = reduceCore(kind, t, axes, op);
  return finish(data, t, shape);
}

/** Sum over `axis` (all axes when omitted): `np.sum(x)`, `np.sum(x, 1)`, `np.sum(x, { axis: -1, keepdims: true })`. */
export function sum(x: TensorLike, axis?: AxisArg | ReduceOptions, options?: ReduceOptions): Tensor<any> {
  return reduction(SUM, "sum", x, axis, options);
}
/** Product over `axis` (1 for an empty selection). */
export function prod(x: TensorLike, axis?: AxisArg | ReduceOptions, options?: ReduceOptions): Tensor<any> {
  return reduction(PROD, "prod", x, axis, options);
}
/** Largest value over `axis` (NaN if any is NaN). Also called `amax`. */
export function max(x: TensorLike, axis?: AxisArg | ReduceOptions, options?: ReduceOptions): Tensor<any> {
  return reduction(MAX, "max", x, axis, options);
}
/** Smallest value over `axis` (NaN if any is NaN). */
export function min(x: TensorLike, axis?: AxisArg | ReduceOptions, options?: ReduceOptions): Tensor<any> {
  return reduction(MIN, "min", x, axis, options);
}
/** 1 if any value over `axis` is nonzero, else 0. */
export function any(x: TensorLike, axis?: AxisArg | ReduceOptions, options?: ReduceOptions): Tensor<any> {
  return reduction(ANY, "any", x, axis, options);
}
/** 1 if every value over `axis` is nonzero, else 0. */
export function all(x: TensorLike, axis?: AxisArg | ReduceOptions, options?: ReduceOptions): Tensor<any> {
  return reduction(ALL, "all", x, axis, options);
}

/** Arithmetic mean over `axis` (NaN for an empty selection). */
export function mean(x: TensorLike, axis?: AxisArg | ReduceOptions, options?: ReduceOptions): Tensor<any> {
  guard("mean");
  const t = toTensor(x, undefined, "np.mean");
  const { axis: ax, opts } = parseArgs(axis, options);
  const axes = normAxes(ax, t.ndim, "np.mean");
  const { data, count } = reduceCore(SUM, t, axes, "np.mean");
  for (let i = 0; i < data.length; i++) data[i]! /= count;
  return finish(data, t, keptShape(t.shape, axes, opts.keepdims ?? false));
}

/** Variance over `axis`: mean of squared deviations, divided by (count - ddof). */
export function var_(x: TensorLike, axis?: AxisArg | VarOptions, options?: VarOptions): Tensor<any> {
  guard("var");
  return variance(x, axis, options, "np.var");
}

function variance(x: TensorLike, axis: AxisArg | VarOptions, options: VarOptions | undefined, op: string): Tensor<any> {
  const t = toTensor(x, undefined, op);
  const { axis: ax, opts } = parseArgs(axis, options);
  const axes = normAxes(ax, t.ndim, op);
  const ddof = opts.ddof ?? 0;
  const { data: sums, count } = reduceCore(SUM, t, axes, op);
  // Deviations from the mean, squared, summed again over the same axes.
  const meanShape = keptShape(t.shape, axes, true);
  for (let i = 0; i < sums.length; i++) sums[i]! /= count;
  const m = new Tensor(sums, meanShape);
  const dev = new Float64Array(t.size);
  binaryBroadcast(SUB_OP, t, m, t.shape, dev);
  for (let k = 0; k < dev.length; k++) { const d = dev[k]!; dev[k] = d * d; }
  const { data } = reduceCore(SUM, new Tensor(dev, t.shape), axes, op);
  const denom = count - ddof;
  for (let i = 0; i < data.length; i++) data[i] = denom > 0 ? data[i]! / denom : NaN;
  return finish(data, t, keptShape(t.shape, axes, opts.keepdims ?? false));
}

/** Standard deviation over `axis` (square root of `var`). */
export function std(x: TensorLike, axis?: AxisArg | VarOptions, options?: VarOptions): Tensor<any> {
  guard("std");
  const v = variance(x, axis, options, "np.std");
  for (let i = 0; i < v.size; i++) v.data[i] = Math.sqrt(v.data[i]!);
  return v;
}

function argReduce(isMax: boolean, x: TensorLike, axis: number | null | undefined | ReduceOptions, options: ReduceOptions | undefined): Tensor<any> {
  const name = isMax ? "argmax" : "argmin";
  guard(name);
  const op = `np.${name}`;
  const t = toTensor(x, undefined, op);
  const { axis: axArg, opts } = parseArgs(axis as AxisArg | ReduceOptions, options);
  if (Array.isArray(axArg)) throw new ShapeError(`${op}: axis must be a single integer or omitted (flattened), not a list`);
  const keep = opts.keepdims ?? false;
  let outer: number, len: number, inner: number, shape: number[];
  if (axArg === undefined || axArg === null) {
    outer = 1; len = t.size; inner = 1;
    shape = keep ? t.shape.map(() => 1) : [];
  } else {
    const ax = normAxis(axArg as number, t.ndim, op);
    outer = 1; inner = 1;
    for (let i = 0; i < ax; i++) outer *= t.shape[i]!;
    for (let i = ax + 1; i < t.ndim; i++) inner *= t.shape[i]!;
    len = t.shape[ax]!;
    shape = keptShape(t.shape, [ax], keep);
  }
  if (len === 0) throw new ValueError(`${op}: attempt to get ${name} of an empty sequence (shape ${fmtShape(t.shape)})`);
  const xs = t.data;
  const out = new Float64Array(outer * inner);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * len * inner + i;
      let best = xs[base]!, bi = 0;
      if (best === best) {
        for (let k = 1; k < len; k++) {
          const v = xs[base + k * inner]!;
          if (v !== v) { bi = k; break; }
          if (isMax ? v > best : v < best) { best = v; bi = k; }
        }
      }
      out[o * inner + i] = bi;
    }
  }
  return new Tensor(out, shape);
}

/** Index of the largest value (first one on ties; first NaN if any). Flattened when axis is omitted. */
export function argmax(x: TensorLike, axis?: number | null | ReduceOptions, options?: ReduceOptions): Tensor<any> {
  return argReduce(true, x, axis, options);
}
/** Index of the smallest value (first one on ties; first NaN if any). */
export function argmin(x: TensorLike, axis?: number | null | ReduceOptions, options?: ReduceOptions): Tensor<any> {
  return argReduce(false, x, axis, options);
}

/** Running sum along `axis` (over the flattened tensor when omitted). */
export function cumsum(x: TensorLike, axis?: number | null): Tensor<any> {
  guard("cumsum");
  return cumulative(x, axis, "np.cumsum", false);
}
/** Running product along `axis` (over the flattened tensor when omitted). */
export function cumprod(x: TensorLike, axis?: number | null): Tensor<any> {
  guard("cumprod");
  return cumulative(x, axis, "np.cumprod", true);
}

function cumulative(x: TensorLike, axis: number | null | undefined, op: string, mult: boolean): Tensor<any> {
  const t = toTensor(x, undefined, op);
  const out = alloc(t.dtype, t.size);
  out.set(t.data);
  let outer = 1, len = t.size, inner = 1;
  let shape: readonly number[] = [t.size];
  if (axis !== undefined && axis !== null) {
    const ax = normAxis(axis, t.ndim, op);
    len = t.shape[ax]!; outer = 1; inner = 1;
    for (let i = 0; i < ax; i++) outer *= t.shape[i]!;
    for (let i = ax + 1; i < t.ndim; i++) inner *= t.shape[i]!;
    shape = t.shape;
  }
  for (let o = 0; o < outer; o++) {
    for (let k = 1; k < len; k++) {
      const row = (o * len + k) * inner, prev = row - inner;
      if (mult) for (let i = 0; i < inner; i++) out[row + i]! *= out[prev + i]!;
      else for (let i = 0; i < inner; i++) out[row + i]! += out[prev + i]!;
    }
  }
  return new Tensor(out, shape);
}
