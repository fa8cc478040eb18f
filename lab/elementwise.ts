// Elementwise operations with NumPy broadcasting.
import { Tensor, type TensorLike } from "./tensor";
import { operand, toTensor } from "./create";
import { alloc, promote } from "./dtype";
import { broadcastShapes, sizeOf } from "./shape";
import { binaryBroadcast, broadcastStrides } from "./broadcast";
import * as K from "./kernels";
import { guard, internal } from "./withheld";

function binary(op: number, name: string, a: TensorLike, b: TensorLike): Tensor<any> {
  guard(name);
  const label = `np.${name}`;
  const ta = operand(a, b, label);
  const tb = operand(b, a, label);
  const shape = ta.shape.length === tb.shape.length && ta.size === tb.size && sameDims(ta.shape, tb.shape)
    ? ta.shape
    : broadcastShapes(ta.shape, tb.shape, label);
  const out = alloc(promote(ta.dtype, tb.dtype), sizeOf(shape));
  binaryBroadcast(op, ta, tb, shape, out);
  return new Tensor(out, shape);
}

function sameDims(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function unary(op: number, name: string, x: TensorLike): Tensor<any> {
  guard(name);
  const t = toTensor(x, undefined, `np.${name}`);
  const out = alloc(t.dtype, t.size);
  K.unaryLoop(op, t.data, out, t.size);
  return new Tensor(out, t.shape);
}

/** a + b, broadcast. */
export function add(a: TensorLike, b: TensorLike): Tensor<any> { return binary(K.ADD, "add", a, b); }
/** a - b, broadcast. */
export function subtract(a: TensorLike, b: TensorLike): Tensor<any> { return binary(K.SUB, "subtract", a, b); }
/** a * b elementwise (not the matrix product: see `matmul`). */
export function multiply(a: TensorLike, b: TensorLike): Tensor<any> { return binary(K.MUL, "multiply", a, b); }
/** a / b, broadcast. Division by zero gives ±Infinity or NaN, as in NumPy. */
export function divide(a: TensorLike, b: TensorLike): Tensor<any> { return binary(K.DIV, "divide", a, b); }
/** a ** b, broadcast. */
export function power(a: TensorLike, b: TensorLike): Tensor<any> { return binary(K.POW, "power", a, b); }
/** Remainder with the sign of the divisor (NumPy's `mod`). */
export function mod(a: TensorLike, b: TensorLike): Tensor<any> { return binary(K.MOD, "mod", a, b); }
/** Elementwise larger value (NaN if either is NaN). */
export function maximum(a: TensorLike, b: TensorLike): Tensor<any> { return binary(K.MAX, "maximum", a, b); }
/** Elementwise smaller value (NaN if either is NaN). */
export function minimum(a: TensorLike, b: TensorLike): Tensor<any> { return binary(K.MIN, "minimum", a, b); }
/** Angle of the point (b, a) — `arctan2(y, x)`. */
export function arctan2(y: TensorLike, x: TensorLike): Tensor<any> { return binary(K.ATAN2, "arctan2", y, x); }
/** 1 where a > b else 0 (mathlab has no boolean dtype: masks are 0/1 floats). */
export function greater(a: TensorLike, b: TensorLike): Tensor<any> { return binary(K.GT, "greater", a, b); }
/** 1 where a >= b else 0. */
export function greaterEqual(a: TensorLike, b: TensorLike): Tensor<any> { return binary(K.GE, "greaterEqual", a, b); }
/** 1 where a < b else 0. */
export function less(a: TensorLike, b: TensorLike): Tensor<any> { return binary(K.LT, "less", a, b); }
/** 1 where a <= b else 0. */
export function lessEqual(a: TensorLike, b: TensorLike): Tensor<any> { return binary(K.LE, "lessEqual", a, b); }
/** 1 where a == b else 0 (NaN never equals anything). */
export function equal(a: TensorLike, b: TensorLike): Tensor<any> { return binary(K.EQ, "equal", a, b); }
/** 1 where a != b else 0. */
export function notEqual(a: TensorLike, b: TensorLike): Tensor<any> { return binary(K.NE, "notEqual", a, b); }

export function negative(x: TensorLike): Tensor<any> { return unary(K.NEG, "negative", x); }
export function exp(x: TensorLike): Tensor<any> { return unary(K.EXP, "exp", x); }
/** Natural logarithm (log of 0 is -Infinity, of a negative number NaN). */
export function log(x: TensorLike): Tensor<any> { return unary(K.LOG, "log", x); }
/** log(1 + x), accurate for tiny x. */
export function log1p(x: TensorLike): Tensor<any> { return unary(K.LOG1P, "log1p", x); }
/** exp(x) - 1, accurate for tiny x. */
export function expm1(x: TensorLike): Tensor<any> { return unary(K.EXPM1, "expm1", x); }
export function log2(x: TensorLike): Tensor<any> { return unary(K.LOG2, "log2", x); }
export function log10(x: TensorLike): Tensor<any> { return unary(K.LOG10, "log10", x); }
export function sqrt(x: TensorLike): Tensor<any> { return unary(K.SQRT, "sqrt", x); }
export function cbrt(x: TensorLike): Tensor<any> { return unary(K.CBRT, "cbrt", x); }
export function square(x: TensorLike): Tensor<any> { return unary(K.SQUARE, "square", x); }
export function reciprocal(x: TensorLike): Tensor<any> { return unary(K.RECIP, "reciprocal", x); }
export function abs(x: TensorLike): Tensor<any> { return unary(K.ABS, "abs", x); }
/** -1, 0 or 1 (NaN stays NaN). */
export function sign(x: TensorLike): Tensor<any> { return unary(K.SIGN, "sign", x); }
export function tanh(x: TensorLike): Tensor<any> { return unary(K.TANH, "tanh", x); }
export function sinh(x: TensorLike): Tensor<any> { return unary(K.SINH, "sinh", x); }
export function cosh(x: TensorLike): Tensor<any> { return unary(K.COSH, "cosh", x); }
export function sin(x: TensorLike): Tensor<any> { return unary(K.SIN, "sin", x); }
export function cos(x: TensorLike): Tensor<any> { return unary(K.COS, "cos", x); }
export function tan(x: TensorLike): Tensor<any> { return unary(K.TAN, "tan", x); }
export function arcsin(x: TensorLike): Tensor<any> { return unary(K.ARCSIN, "arcsin", x); }
export function arccos(x: TensorLike): Tensor<any> { return unary(K.ARCCOS, "arccos", x); }
export function arctan(x: TensorLike): Tensor<any> { return unary(K.ARCTAN, "arctan", x); }
export function floor(x: TensorLike): Tensor<any> { return unary(K.FLOOR, "floor", x); }
export function ceil(x: TensorLike): Tensor<any> { return unary(K.CEIL, "ceil", x); }
/** Rounds to the nearest integer, halves to even (NumPy's `round`). */
export function round(x: TensorLike): Tensor<any> { return unary(K.ROUND, "round", x); }
/** 1 where x is NaN else 0. */
export function isnan(x: TensorLike): Tensor<any> { return unary(K.ISNAN, "isnan", x); }
/** 1 where x is finite else 0. */
export function isfinite(x: TensorLike): Tensor<any> { return unary(K.ISFINITE, "isfinite", x); }
/** 1 where x is ±Infinity else 0. */
export function isinf(x: TensorLike): Tensor<any> { return unary(K.ISINF, "isinf", x); }

/** Limits values to [min, max]; either bound may be null. NaN stays NaN. */
export function clip(x: TensorLike, min: number | null | undefined, max: number | null | undefined): Tensor<any> {
  guard("clip");
  const t = toTensor(x, undefined, "np.clip");
  const lo = min ?? -Infinity, hi = max ?? Infinity;
  const a = t.data, out = alloc(t.dtype, t.size);
  for (let k = 0; k < a.length; k++) {
    const v = a[k]!;
    out[k] = v < lo ? lo : v > hi ? hi : v;
  }
  return new Tensor(out, t.shape);
}

/** `cond ? a : b` elementwise, all three broadcast together (nonzero counts as true). */
export function where(cond: TensorLike, a: TensorLike, b: TensorLike): Tensor<any> {
  guard("where");
  const tc = toTensor(cond, undefined, "np.where");
  const ta = operand(a, b, "np.where");
  const tb = operand(b, a, "np.where");
  const shape = broadcastShapes(broadcastShapes(tc.shape, ta.shape, "np.where"), tb.shape, "np.where");
  const n = sizeOf(shape);
  const out = alloc(promote(ta.dtype, tb.dtype), n);
  const c = tc.data, ad = ta.data, bd = tb.data;
  if (tc.size === n && ta.size === n && tb.size === n) {
    for (let k = 0; k < n; k++) out[k] = c[k] ? ad[k]! : bd[k]!;
  } else {
    walk3(shape, broadcastStrides(tc, shape), broadcastStrides(ta, shape), broadcastStrides(tb, shape), (o, len, ic, sc, ia, sa, ib, sb) => {
      for (let k = 0; k < len; k++) { out[o + k] = c[ic] ? ad[ia]! : bd[ib]!; ic += sc; ia += sa; ib += sb; }
    });
  }
  return new Tensor(out, shape);
}

/**
 * Walks an output of `shape` row by row (last axis), giving for each row the output offset, its
 * length, and for three broadcast operands their start offsets and strides along the row.
 */
function walk3(shape: readonly number[], s1: readonly number[], s2: readonly number[], s3: readonly number[],
  row: (o: number, len: number, i1: number, d1: number, i2: number, d2: number, i3: number, d3: number) => void): void {
  const nd = shape.length;
  const n = sizeOf(shape);
  if (n === 0) return;
  if (nd === 0) { row(0, 1, 0, 0, 0, 0, 0, 0); return; }
  const len = shape[nd - 1]!;
  const counter = new Array<number>(nd).fill(0);
  let a = 0, b = 0, c = 0;
  for (let o = 0; o < n; o += len) {
    row(o, len, a, s1[nd - 1]!, b, s2[nd - 1]!, c, s3[nd - 1]!);
    for (let ax = nd - 2; ax >= 0; ax--) {
      counter[ax]!++;
      a += s1[ax]!; b += s2[ax]!; c += s3[ax]!;
      if (counter[ax]! < shape[ax]!) break;
      a -= s1[ax]! * shape[ax]!; b -= s2[ax]! * shape[ax]!; c -= s3[ax]! * shape[ax]!;
      counter[ax] = 0;
    }
  }
}

/** Logistic sigmoid 1/(1+e^-x), computed without overflow. (Not in NumPy; handy everywhere in ML.) */
export function sigmoid(x: TensorLike): Tensor<any> { return unary(K.SIGMOID, "sigmoid", x); }

/** 1 where |a - b| <= atol + rtol*|b| (NumPy's isclose). */
export function isclose(a: TensorLike, b: TensorLike, options: { rtol?: number; atol?: number; equalNan?: boolean } = {}): Tensor<any> {
  guard("isclose");
  const rtol = options.rtol ?? 1e-5, atol = options.atol ?? 1e-8;
  const ta = operand(a, b, "np.isclose"), tb = operand(b, a, "np.isclose");
  const shape = broadcastShapes(ta.shape, tb.shape, "np.isclose");
  const out = new Float64Array(sizeOf(shape));
  const ad = ta.data, bd = tb.data, eqNan = options.equalNan ?? false;
  const sa = broadcastStrides(ta, shape), sb = broadcastStrides(tb, shape);
  walk3(shape, sa, sb, sa, (o, len, ia, da, ib, db) => {
    for (let k = 0; k < len; k++) {
      const x = ad[ia]!, y = bd[ib]!;
      ia += da; ib += db;
      if (x === y) out[o + k] = 1;
      else if (x !== x || y !== y) out[o + k] = eqNan && x !== x && y !== y ? 1 : 0;
      else out[o + k] = Math.abs(x - y) <= atol + rtol * Math.abs(y) ? 1 : 0;
    }
  });
  return new Tensor(out, shape);
}

/** true when every pair is close (NumPy's allclose). Shapes must broadcast. */
export function allclose(a: TensorLike, b: TensorLike, options: { rtol?: number; atol?: number; equalNan?: boolean } = {}): boolean {
  guard("allclose");
  return internal(() => {
    const c = isclose(a, b, options).data;
    for (let k = 0; k < c.length; k++) if (c[k] === 0) return false;
    return true;
  });
}

/** true when shapes are equal and every element is equal. */
export function arrayEqual(a: TensorLike, b: TensorLike): boolean {
  guard("arrayEqual");
  const ta = toTensor(a, undefined, "np.arrayEqual"), tb = toTensor(b, undefined, "np.arrayEqual");
  if (ta.ndim !== tb.ndim || !sameDims(ta.shape, tb.shape)) return false;
  for (let k = 0; k < ta.size; k++) if (ta.data[k] !== tb.data[k]) return false;
  return true;
}
