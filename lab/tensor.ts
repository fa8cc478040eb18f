// The Tensor class: a contiguous row-major typed array plus a shape.
//
// Storage: `data` is always a contiguous, row-major (C order) Float64Array or Float32Array holding
// exactly `size` elements; element (i, j, k) sits at i*strides[0] + j*strides[1] + k*strides[2].
// Operations never hand out non-contiguous views, so `data` can be read directly and fast
// (`reshape` may share `data` with its source, as NumPy's reshape returns a view).
import type { Dim, DType, NestedArray, TypedArray } from "./types";
import { dtypeOf } from "./dtype";
import { sizeOf, stridesOf } from "./shape";
import { fmtShape, ShapeError, ValueError } from "./errors";
import * as ew from "./elementwise";
import * as red from "./reduce";
import * as so from "./shapeops";
import * as prod from "./products";
import * as idx from "./indexing";
import { formatRepr, formatStr } from "./format";
import type { ReduceOptions, VarOptions } from "./reduce";
import type { IndexPart } from "./indexing";

/** Anything the library accepts where a tensor is expected: a Tensor, a number, or nested arrays. */
export type TensorLike = Tensor<any> | number | boolean | NestedArray | Float64Array | Float32Array;

/**
 * An n-dimensional array of float64 (default) or float32 numbers.
 *
 * `S` documents the shape, e.g. `Tensor<["N", "D"]>` (or `T<"N D">`): N rows of D features.
 * It is a phantom type: checked by the language server and at run time by `checkShapes`,
 * never an obstacle for TypeScript.
 */
export class Tensor<S extends readonly Dim[] = Dim[]> {
  /**
   * Phantom field naming the shape type; never set at run time. It is deliberately written so that
   * any Tensor<A> is assignable to any Tensor<B>: the shape documents, the language server checks.
   */
  declare readonly __shape?: S extends unknown ? unknown : never;
  /** Contiguous row-major elements (see the file comment). Mutating it mutates the tensor. */
  readonly data: TypedArray;
  /** Size of each axis, e.g. [N, D]. */
  readonly shape: readonly number[];
  /** Row-major strides in elements. */
  readonly strides: readonly number[];
  /** Total number of elements. */
  readonly size: number;

  /** Low-level constructor: wraps `data` (not copied) as a tensor of this shape. Prefer `np.array`. */
  constructor(data: TypedArray, shape: readonly number[]) {
    const n = sizeOf(shape);
    if (data.length !== n) {
      throw new ShapeError(`Tensor: ${data.length} values cannot fill shape ${fmtShape(shape)} (${n} elements)`);
    }
    this.data = data;
    this.shape = Object.freeze([...shape]);
    this.strides = Object.freeze(stridesOf(shape));
    this.size = n;
  }

  /** Number of axes. */
  get ndim(): number { return this.shape.length; }
  /** "float64" or "float32". */
  get dtype(): DType { return dtypeOf(this.data); }
  /** Transpose (reverses the axes), like NumPy's `x.T`. */
  get T(): Tensor<any> { return so.transpose(this); }

  /** The tensor itself: storage is always contiguous. Kept for code that wants to say so. */
  contiguous(): this { return this; }
  /** A copy of the elements as a flat row-major typed array. */
  toFlat(): TypedArray { return this.data.slice(); }
  /** Nested JavaScript arrays (a number for a 0-d tensor). */
  toArray(): any { return idx.toNested(this); }
  /** The single element of a size-1 tensor, as a number. */
  item(): number {
    if (this.size !== 1) {
      throw new ShapeError(`item: only a tensor with exactly one element can become a number; this one has shape ${fmtShape(this.shape)} (${this.size} elements)`);
    }
    return this.data[0]!;
  }
  /** A copy with its own storage. */
  copy(): Tensor<S> { return new Tensor<S>(this.data.slice(), this.shape); }
  /** Converts to another dtype (always a copy). */
  astype(dtype: DType): Tensor<S> { return so.astype(this, dtype) as Tensor<S>; }

  // ---- shape ----
  /** New shape with the same elements; one dimension may be -1 (inferred). */
  reshape(...shape: (number | readonly number[])[]): Tensor<any> { return so.reshape(this, flatShapeArgs(shape)); }
  /** Permutes the axes (reverses them when `axes` is omitted). */
  transpose(...axes: (number | readonly number[])[]): Tensor<any> {
    return so.transpose(this, axes.length === 0 ? undefined : flatShapeArgs(axes));
  }
  /** A 1-D copy of all elements. */
  flatten(): Tensor<any> { return so.reshape(this, [this.size]).copy(); }
  /** A 1-D tensor of all elements (shares storage). */
  ravel(): Tensor<any> { return so.reshape(this, [this.size]); }
  expandDims(axis: number | readonly number[]): Tensor<any> { return so.expandDims(this, axis); }
  squeeze(axis?: number | readonly number[]): Tensor<any> { return so.squeeze(this, axis); }
  broadcastTo(shape: readonly number[]): Tensor<any> { return so.broadcastTo(this, shape); }

  // ---- indexing ----
  /** The element at integer indices (negative counts from the end): `x.get(i, j)`. */
  get(...index: number[]): number { return idx.getItem(this, index); }
  /**
   * Writes `value` (broadcast) at an index: `x.set([i, j], 5)`, `x.set(["0:2", ":"], 0)`, or
   * `x.set(i, row)` for the first axis.
   */
  set(index: number | IndexPart | readonly IndexPart[], value: TensorLike): this {
    idx.setItems(this, Array.isArray(index) ? (index as IndexPart[]) : [index as IndexPart], value);
    return this;
  }
  /** NumPy-style indexing: `x.slice(0)` (row 0), `x.slice(":", "1:3")`, `x.slice("::-1")`, `x.slice("...", 0)`, null adds an axis. */
  slice(...index: IndexPart[]): Tensor<any> { return idx.slice(this, index); }

  // ---- elementwise ----
  add(other: TensorLike): Tensor<any> { return ew.add(this, other); }
  subtract(other: TensorLike): Tensor<any> { return ew.subtract(this, other); }
  sub(other: TensorLike): Tensor<any> { return ew.subtract(this, other); }
  multiply(other: TensorLike): Tensor<any> { return ew.multiply(this, other); }
  mul(other: TensorLike): Tensor<any> { return ew.multiply(this, other); }
  divide(other: TensorLike): Tensor<any> { return ew.divide(this, other); }
  div(other: TensorLike): Tensor<any> { return ew.divide(this, other); }
  power(other: TensorLike): Tensor<any> { return ew.power(this, other); }
  pow(other: TensorLike): Tensor<any> { return ew.power(this, other); }
  maximum(other: TensorLike): Tensor<any> { return ew.maximum(this, other); }
  minimum(other: TensorLike): Tensor<any> { return ew.minimum(this, other); }
  greater(other: TensorLike): Tensor<any> { return ew.greater(this, other); }
  greaterEqual(other: TensorLike): Tensor<any> { return ew.greaterEqual(this, other); }
  less(other: TensorLike): Tensor<any> { return ew.less(this, other); }
  lessEqual(other: TensorLike): Tensor<any> { return ew.lessEqual(this, other); }
  equal(other: TensorLike): Tensor<any> { return ew.equal(this, other); }
  notEqual(other: TensorLike): Tensor<any> { return ew.notEqual(this, other); }
  negative(): Tensor<S> { return ew.negative(this); }
  neg(): Tensor<S> { return ew.negative(this); }
  exp(): Tensor<S> { return ew.exp(this); }
  log(): Tensor<S> { return ew.log(this); }
  log1p(): Tensor<S> { return ew.log1p(this); }
  expm1(): Tensor<S> { return ew.expm1(this); }
  sqrt(): Tensor<S> { return ew.sqrt(this); }
  square(): Tensor<S> { return ew.square(this); }
  abs(): Tensor<S> { return ew.abs(this); }
  sign(): Tensor<S> { return ew.sign(this); }
  tanh(): Tensor<S> { return ew.tanh(this); }
  sin(): Tensor<S> { return ew.sin(this); }
  cos(): Tensor<S> { return ew.cos(this); }
  clip(min: number | null, max: number | null): Tensor<S> { return ew.clip(this, min, max); }

  // ---- reductions ----
  sum(axis?: number | readonly number[] | ReduceOptions | null, options?: ReduceOptions): Tensor<any> { return red.sum(this, axis, options); }
  mean(axis?: number | readonly number[] | ReduceOptions | null, options?: ReduceOptions): Tensor<any> { return red.mean(this, axis, options); }
  var(axis?: number | readonly number[] | VarOptions | null, options?: VarOptions): Tensor<any> { return red.var_(this, axis, options); }
  std(axis?: number | readonly number[] | VarOptions | null, options?: VarOptions): Tensor<any> { return red.std(this, axis, options); }
  max(axis?: number | readonly number[] | ReduceOptions | null, options?: ReduceOptions): Tensor<any> { return red.max(this, axis, options); }
  min(axis?: number | readonly number[] | ReduceOptions | null, options?: ReduceOptions): Tensor<any> { return red.min(this, axis, options); }
  prod(axis?: number | readonly number[] | ReduceOptions | null, options?: ReduceOptions): Tensor<any> { return red.prod(this, axis, options); }
  argmax(axis?: number | ReduceOptions | null, options?: ReduceOptions): Tensor<any> { return red.argmax(this, axis, options); }
  argmin(axis?: number | ReduceOptions | null, options?: ReduceOptions): Tensor<any> { return red.argmin(this, axis, options); }
  cumsum(axis?: number | null): Tensor<any> { return red.cumsum(this, axis); }

  // ---- products ----
  matmul(other: TensorLike): Tensor<any> { return prod.matmul(this, other); }
  dot(other: TensorLike): Tensor<any> { return prod.dot(this, other); }

  /** NumPy's `str(x)`: `[[1. 2.]\n [3. 4.]]`. */
  toString(): string { return formatStr(this); }
  /** Pretty-printing in Node's console.log: NumPy's `repr(x)`. */
  [Symbol.for("nodejs.util.inspect.custom")](): string { return formatRepr(this); }
  toJSON(): unknown { return this.toArray(); }
  /**
   * In plain JavaScript contexts a one-element tensor acts as its number ("loss: " + x, x > 0.5);
   * larger tensors become their printed form in strings and refuse numeric use with a hint.
   */
  [Symbol.toPrimitive](hint: "number" | "string" | "default"): number | string {
    if (hint === "string") return this.toString();
    if (this.size === 1) return this.data[0]!;
    if (hint === "default") return this.toString();
    throw new ShapeError(`a tensor of shape ${fmtShape(this.shape)} cannot be used as a single number; reduce it first (e.g. np.sum(x)) or use the np.* function instead of Math.* / arithmetic operators`);
  }
}

function flatShapeArgs(args: readonly (number | readonly number[])[]): number[] {
  if (args.length === 1 && Array.isArray(args[0])) return [...(args[0] as readonly number[])];
  return args.map((a) => {
    if (typeof a !== "number") throw new ValueError(`expected integers for the shape, got ${JSON.stringify(a)}`);
    return a;
  });
}

export function isTensor(x: unknown): x is Tensor<any> {
  return x instanceof Tensor;
}
