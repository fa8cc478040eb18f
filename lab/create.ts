// Creating tensors: from nested arrays, constants, ranges.
import { Tensor, type TensorLike } from "./tensor";
import { alloc, checkDType, dtypeOf } from "./dtype";
import { DTypeError, ShapeError, ValueError } from "./errors";
import { checkShape, sizeOf } from "./shape";
import { guard } from "./withheld";
import type { DType, TypedArray } from "./types";

/** `dtype` given as a string or as `{ dtype }`. */
export type DTypeArg = DType | { dtype?: DType } | undefined;

function dtypeArg(arg: DTypeArg, op: string): DType | undefined {
  if (arg === undefined) return undefined;
  if (typeof arg === "object" && arg !== null) return arg.dtype === undefined ? undefined : checkDType(arg.dtype, op);
  return checkDType(arg, op);
}

function describe(v: unknown): string {
  if (typeof v === "string") return `a string (${JSON.stringify(v)})`;
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (typeof v === "object") return "an object";
  return `a ${typeof v}`;
}

/** True if nested arrays hold a Tensor somewhere (np.array([t1, t2]) stacks them, like NumPy). */
function containsTensor(data: unknown): boolean {
  if (data instanceof Tensor) return true;
  if (!Array.isArray(data)) return false;
  for (const v of data) if (typeof v === "object" && v !== null && containsTensor(v)) return true;
  return false;
}

function untensor(data: unknown): unknown {
  if (data instanceof Tensor) return data.toArray();
  if (Array.isArray(data)) return data.map(untensor);
  return data;
}

function inferShape(data: unknown): number[] {
  const shape: number[] = [];
  let cur: unknown = data;
  while (Array.isArray(cur)) {
    shape.push(cur.length);
    if (cur.length === 0) break;
    cur = cur[0];
  }
  return shape;
}

function fill(data: unknown, shape: readonly number[], depth: number, out: TypedArray, pos: { i: number }, path: number[], op: string): void {
  const want = shape[depth]!;
  if (!Array.isArray(data)) {
    throw new ShapeError(`${op}: ragged nested array: element ${pathStr(path)} is ${describe(data)} but a list of ${want} was expected at depth ${depth}; every row at the same depth must have the same length`);
  }
  if (data.length !== want) {
    throw new ShapeError(`${op}: ragged nested array: row ${pathStr(path)} has length ${data.length} but the first row at that depth has length ${want}; every row at the same depth must have the same length`);
  }
  if (depth === shape.length - 1) {
    for (let k = 0; k < want; k++) {
      const v: unknown = data[k];
      if (typeof v === "number") out[pos.i++] = v;
      else if (typeof v === "boolean") out[pos.i++] = v ? 1 : 0;
      else if (Array.isArray(v)) {
        throw new ShapeError(`${op}: ragged nested array: element ${pathStr([...path, k])} is a list but its neighbours are numbers; every row at the same depth must have the same length`);
      } else {
        throw new DTypeError(`${op}: element ${pathStr([...path, k])} is ${describe(v)}; tensors hold numbers only`);
      }
    }
    return;
  }
  for (let k = 0; k < want; k++) {
    path.push(k);
    fill(data[k], shape, depth + 1, out, pos, path, op);
    path.pop();
  }
}

function pathStr(path: readonly number[]): string {
  return path.length === 0 ? "(top level)" : path.map((p) => `[${p}]`).join("");
}

/**
 * A tensor from nested arrays (or a number, a typed array, another tensor), like `np.array`.
 * `np.array([[1, 2], [3, 4]])`, `np.array(data, "float32")`.
 */
export function array(data: TensorLike, dtype?: DTypeArg): Tensor<any> {
  guard("array");
  return toTensor(data, dtypeArg(dtype, "np.array"), "np.array", true);
}

/** Like `array`, but returns a tensor argument unchanged (no copy) when its dtype already fits. */
export function asarray(data: TensorLike, dtype?: DTypeArg): Tensor<any> {
  guard("asarray");
  return toTensor(data, dtypeArg(dtype, "np.asarray"), "np.asarray", false);
}

/** Internal conversion used by every operation. */
export function toTensor(data: unknown, dtype: DType | undefined, op: string, copy = false): Tensor<any> {
  if (data instanceof Tensor) {
    if (dtype === undefined || dtype === data.dtype) return copy ? data.copy() : data;
    return new Tensor(dtype === "float32" ? Float32Array.from(data.data) : Float64Array.from(data.data), data.shape);
  }
  const dt = dtype ?? (data instanceof Float32Array ? "float32" : "float64");
  if (typeof data === "number") {
    const out = alloc(dt, 1);
    out[0] = data;
    return new Tensor(out, []);
  }
  if (typeof data === "boolean") return toTensor(data ? 1 : 0, dt, op);
  if (data instanceof Float64Array || data instanceof Float32Array) {
    const out = alloc(dt, data.length);
    out.set(data);
    return new Tensor(out, [data.length]);
  }
  if (!Array.isArray(data)) {
    throw new DTypeError(`${op}: expected a tensor, a number or nested arrays of numbers, got ${describe(data)}`);
  }
  const list: unknown[] = containsTensor(data) ? (untensor(data) as unknown[]) : data;
  const shape = inferShape(list);
  const out = alloc(dt, sizeOf(shape));
  if (shape.length === 1) {
    // Fast path for a flat list.
    for (let k = 0; k < list.length; k++) {
      const v: unknown = list[k];
      if (typeof v === "number") out[k] = v;
      else {
        fill(list, shape, 0, out, { i: 0 }, [], op);
        break;
      }
    }
  } else if (out.length > 0 || shape.length > 0) {
    fill(list, shape, 0, out, { i: 0 }, [], op);
  }
  return new Tensor(out, shape);
}

/** Operand conversion for binary operations: a plain number takes the dtype of the other operand. */
export function operand(x: TensorLike, other: TensorLike, op: string): Tensor<any> {
  if (x instanceof Tensor) return x;
  if (typeof x === "number" && other instanceof Tensor) return toTensor(x, other.dtype, op);
  return toTensor(x, undefined, op);
}

function shapeArg(shape: number | readonly number[], op: string): number[] {
  if (typeof shape === "number") return checkShape([shape], op);
  return checkShape([...shape], op);
}

/** A tensor of zeros: `np.zeros([2, 3])`. */
export function zeros(shape: number | readonly number[], dtype?: DTypeArg): Tensor<any> {
  guard("zeros");
  const s = shapeArg(shape, "np.zeros");
  return new Tensor(alloc(dtypeArg(dtype, "np.zeros") ?? "float64", sizeOf(s)), s);
}

/** A tensor of ones. */
export function ones(shape: number | readonly number[], dtype?: DTypeArg): Tensor<any> {
  guard("ones");
  return full(shape, 1, dtype);
}

/** A tensor filled with `value`. */
export function full(shape: number | readonly number[], value: number, dtype?: DTypeArg): Tensor<any> {
  guard("full");
  const s = shapeArg(shape, "np.full");
  const out = alloc(dtypeArg(dtype, "np.full") ?? "float64", sizeOf(s));
  out.fill(value);
  return new Tensor(out, s);
}

/** Zeros with the shape and dtype of `x`. */
export function zerosLike(x: TensorLike, dtype?: DTypeArg): Tensor<any> {
  guard("zerosLike");
  const t = toTensor(x, undefined, "np.zerosLike");
  return new Tensor(alloc(dtypeArg(dtype, "np.zerosLike") ?? t.dtype, t.size), t.shape);
}

/** Ones with the shape and dtype of `x`. */
export function onesLike(x: TensorLike, dtype?: DTypeArg): Tensor<any> {
  guard("onesLike");
  const t = toTensor(x, undefined, "np.onesLike");
  const out = alloc(dtypeArg(dtype, "np.onesLike") ?? t.dtype, t.size);
  out.fill(1);
  return new Tensor(out, t.shape);
}

/** `value` with the shape and dtype of `x`. */
export function fullLike(x: TensorLike, value: number, dtype?: DTypeArg): Tensor<any> {
  guard("fullLike");
  const t = onesLike(x, dtype);
  t.data.fill(value);
  return t;
}

/** Identity-like matrix: N×M (M defaults to N) with ones on diagonal `k`. */
export function eye(n: number, m?: number | null, k = 0, dtype?: DTypeArg): Tensor<any> {
  guard("eye");
  const cols = m ?? n;
  const s = checkShape([n, cols], "np.eye");
  if (!Number.isInteger(k)) throw new ValueError(`np.eye: diagonal offset k must be a whole number, got ${k}`);
  const out = alloc(dtypeArg(dtype, "np.eye") ?? "float64", n * cols);
  for (let i = 0; i < n; i++) {
    const j = i + k;
    if (j >= 0 && j < cols) out[i * cols + j] = 1;
  }
  return new Tensor(out, s);
}

/** The n×n identity matrix. */
export function identity(n: number, dtype?: DTypeArg): Tensor<any> {
  guard("identity");
  return eye(n, n, 0, dtype);
}

/** Evenly spaced values in [start, stop): `np.arange(5)`, `np.arange(1, 2, 0.25)`. */
export function arange(start: number, stop?: number, step = 1, dtype?: DTypeArg): Tensor<any> {
  guard("arange");
  let lo = start;
  let hi = stop;
  if (hi === undefined) { hi = lo; lo = 0; }
  for (const [name, v] of [["start", lo], ["stop", hi], ["step", step]] as const) {
    if (typeof v !== "number" || !Number.isFinite(v)) throw new ValueError(`np.arange: ${name} must be a finite number, got ${String(v)}`);
  }
  if (step === 0) throw new ValueError("np.arange: step must not be 0 (the range would never end)");
  const n = Math.max(0, Math.ceil((hi - lo) / step));
  const out = alloc(dtypeArg(dtype, "np.arange") ?? "float64", n);
  for (let i = 0; i < n; i++) out[i] = lo + i * step;
  return new Tensor(out, [n]);
}

/** `num` evenly spaced values from start to stop (inclusive unless `endpoint` is false). */
export function linspace(start: number, stop: number, num = 50, options: { endpoint?: boolean; dtype?: DType } = {}): Tensor<any> {
  guard("linspace");
  checkShape([num], "np.linspace");
  const endpoint = options.endpoint ?? true;
  const out = alloc(checkDType(options.dtype, "np.linspace"), num);
  const div = endpoint ? num - 1 : num;
  const step = div > 0 ? (stop - start) / div : 0;
  for (let i = 0; i < num; i++) out[i] = start + i * step;
  if (endpoint && num > 1) out[num - 1] = stop;
  return new Tensor(out, [num]);
}

/** Wraps a flat row-major typed array (or number list) as a tensor of `shape` (copied). */
export function fromFlat(data: ArrayLike<number>, shape: readonly number[], dtype?: DType): Tensor<any> {
  const s = checkShape([...shape], "fromFlat");
  const dt = dtype ?? (data instanceof Float32Array ? "float32" : "float64");
  const out = alloc(checkDType(dt, "fromFlat"), data.length);
  for (let i = 0; i < data.length; i++) out[i] = data[i]!;
  return new Tensor(out, s);
}

export { dtypeOf };
