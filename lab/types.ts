// Shape types. Shapes are phantom types: they document a tensor's axes for the reader and for
// IntelliSense, and the language server checks them; the TypeScript checker itself never
// rejects valid tensor code because of them.
import type { Tensor } from "./tensor";

/** One axis of a shape: a name like "N" or a fixed size like 3. */
export type Dim = string | number;

/** The element types a tensor can hold. */
export type DType = "float64" | "float32";

/** The typed array behind a tensor of a given dtype. */
export type TypedArray = Float64Array | Float32Array;

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;
type ToDim<S extends string> = S extends `${infer N extends number}` ? N : S;

/** Splits "N D" into ["N", "D"] and "N 3" into ["N", 3]. */
export type SplitDims<S extends string> =
  Trim<S> extends "" ? [] :
  Trim<S> extends `${infer A} ${infer B}` ? [ToDim<A>, ...SplitDims<B>] :
  [ToDim<Trim<S>>];

/** Nested arrays of numbers (tensors may appear inside and are stacked), as accepted by `np.array`. */
export type NestedArray = number | boolean | Tensor<any> | readonly NestedArray[];
