// mathlab: NumPy for TypeScript, the library every exercise of the course is written with.
//   import * as np from "mathlab";
//   const x = np.random.randn(4, 3);          // Tensor of shape [4, 3]
//   const y: T<"N K"> = np.matmul(x, w);      // shapes as documentation, checked by the editor
// Names follow NumPy (camelCase for multi-word names: expandDims, broadcastTo, zerosLike...).
import { Tensor } from "./tensor";
import type { Dim, SplitDims } from "./types";

export { Tensor, isTensor, type TensorLike } from "./tensor";
export type { Dim, DType, NestedArray, TypedArray } from "./types";
export { LabError, ShapeError, DTypeError, IndexError, ValueError, LinAlgError, WithheldError } from "./errors";

/** Shorthand for a shaped tensor type: `T<"N D">` is `Tensor<["N", "D"]>`, `T<"N 3">` is `Tensor<["N", 3]>`. */
export type T<S extends string> = Tensor<SplitDims<S>>;
/** A tensor of any shape. */
export type AnyTensor = Tensor<Dim[]>;

export {
  array, asarray, zeros, ones, full, zerosLike, onesLike, fullLike, eye, identity, arange, linspace, fromFlat,
} from "./create";
export {
  add, subtract, multiply, divide, power, mod, maximum, minimum, arctan2,
  greater, greaterEqual, less, lessEqual, equal, notEqual,
  negative, exp, log, log1p, expm1, log2, log10, sqrt, cbrt, square, reciprocal, abs, sign,
  tanh, sinh, cosh, sin, cos, tan, arcsin, arccos, arctan, floor, ceil, round, isnan, isfinite, isinf,
  clip, where, sigmoid, isclose, allclose, arrayEqual,
} from "./elementwise";
export {
  sum, prod, max, min, any, all, mean, var_ as var, std, argmax, argmin, cumsum, cumprod,
  type ReduceOptions, type VarOptions,
} from "./reduce";
export { max as amax, min as amin } from "./reduce";
export {
  reshape, transpose, swapaxes, moveaxis, expandDims, squeeze, concatenate, stack, vstack, hstack, split,
  broadcastTo, tile, repeat, flip,
} from "./shapeops";
export { matmul, dot, outer, inner, diag, trace } from "./products";
export { take, takeAlongAxis, type IndexPart } from "./indexing";
export { broadcastShapes } from "./public_shape";
export { printOptions } from "./format";
export * as random from "./random";
export * as linalg from "./linalg";
export { einsum } from "./einsum";
export { checkShapes, type ShapeSpec } from "./check_shapes";
