// The exercise spec: what a lesson author writes in `<exercise>.spec.ts` to tell the engine how to
// check a student's function. A spec file looks like
//
//   import * as np from "mathlab";
//   import { defineExercise } from "../../engine/spec";
//   import { softmax } from "./softmax.solution";
//   export default defineExercise({ name: "softmax", reference: softmax, ... });
//
// Everything here is plain data or plain functions: specs run in the engine's own process (never in
// the student's sandbox), so references, property checks and detectors may use the whole lab.
// It imports only protocol types: it is shared by the engine, the build scripts and the lessons.
import type { PlotData } from "../protocol/verify";

/** A dimension name used in argument shapes ("N", "K", "D") or a fixed size. */
export type DimName = string;

/** Inclusive integer range for a named dimension, e.g. `[1, 8]`. */
export type DimRange = readonly [min: number, max: number];

/** How the numbers of a generated tensor (or scalar) are drawn. */
export type Distribution =
  | { readonly kind: "normal"; readonly mean?: number; readonly std?: number }
  | { readonly kind: "uniform"; readonly low?: number; readonly high?: number }
  /** Integers in [low, high], inclusive (indices, small counts). */
  | { readonly kind: "int"; readonly low: number; readonly high: number }
  /** Class labels 0 … C−1, where C is the case's size of the named dimension (e.g. "K"). */
  | { readonly kind: "label"; readonly classes: DimName }
  /** Rows that sum to 1 with positive entries (probability vectors over the last axis). */
  | { readonly kind: "simplex" }
  /** A symmetric positive-definite square matrix (last two axes), eigenvalues in [minEig, maxEig]. */
  | { readonly kind: "spd"; readonly minEig?: number; readonly maxEig?: number }
  /** One-hot rows over the last axis. */
  | { readonly kind: "onehot" };

/** Plain numbers an author may give for a tensor argument: a number or nested arrays of them. */
export type NestedNumbers = number | readonly NestedNumbers[];

/**
 * A value on its way into or out of the student's function, independent of the lab:
 * tensors travel as a shape plus row-major float64 data.
 */
export type Value =
  | number
  | boolean
  | TensorValue
  | readonly Value[]
  | { readonly [key: string]: Value };

export interface TensorValue {
  readonly shape: readonly number[];
  readonly data: Float64Array;
  readonly dtype?: "float64" | "float32" | "int32" | "bool";
}

/** One positional argument of the exercise's function. */
export type ArgSpec =
  | {
      readonly name: string;
      readonly kind: "tensor";
      /** Space-separated dims, named (from `dims`) or literal: "N K", "B 3", "" for a 0-d tensor. */
      readonly shape: string;
      readonly dist?: Distribution;
    }
  | { readonly name: string; readonly kind: "number"; readonly dist?: Distribution }
  | { readonly name: string; readonly kind: "int"; readonly low: number; readonly high: number }
  | { readonly name: string; readonly kind: "boolean" }
  /** A constant passed as is in every case (e.g. an axis, a flag); still overridable by edge cases. */
  | { readonly name: string; readonly kind: "const"; readonly value: number | boolean | string };

/** Helpers an edge case's `args` function receives to build inputs deterministically. */
export interface GenContext {
  /** The case's dimension sizes (the edge case's `dims` over random draws within the ranges). */
  readonly dims: Readonly<Record<DimName, number>>;
  /** A uniform number in [0, 1) from the case's seeded generator. */
  random(): number;
  /** A tensor (as nested-free plain data) of the given shape drawn from a distribution. */
  tensor(shape: string | readonly number[], dist?: Distribution): TensorValue;
  /** The i-th argument generated as for a random case (then tweak it). */
  generated(index: number): ArgInput;
}

/** What an edge case may give per argument: numbers, nested arrays, a TensorValue or a lab tensor. */
export type ArgInput = NestedNumbers | boolean | string | TensorValue | { readonly shape: readonly number[] };

/** A named input the engine always tries, on top of the random cases. */
export interface EdgeCase {
  /** Shown in the Testing UI and the CLI: "huge logits", "size-1 batch", "ties". */
  readonly name: string;
  /** Why it is there: what mistake it catches. */
  readonly why?: string;
  /** Fixed dimension sizes for this case; the others are drawn from their ranges. */
  readonly dims?: Readonly<Record<DimName, number>>;
  /** Per-argument distribution overrides (by argument name), e.g. `{ z: { kind: "normal", std: 1000 } }`. */
  readonly dists?: Readonly<Record<string, Distribution>>;
  /** Explicit arguments (all of them), or a function building them. */
  readonly args?: readonly ArgInput[] | ((gen: GenContext) => readonly ArgInput[]);
}

/** Accepted error: |actual − expected| ≤ atol + rtol·|expected|, elementwise. */
export interface Tolerance {
  readonly rtol: number;
  readonly atol: number;
  /** Why these numbers (float64 round-off over a sum of N terms, an iterative method's stopping rule...). */
  readonly why: string;
}

/** A builder for the ONNX reference graph; see engine/onnx/graph.ts for the full operator set. */
export interface GraphSymbol {
  readonly name: string;
}

export interface GraphBuilderLike {
  /** Adds a node `op(inputs…)` with attributes and returns its (first) output. */
  op(op: string, inputs: readonly (GraphSymbol | string)[], attrs?: Readonly<Record<string, AttrValue>>,
    options?: { readonly outputs?: number; readonly domain?: string }): GraphSymbol;
  /** Like `op`, returning every output of a multi-output node. */
  ops(op: string, inputs: readonly (GraphSymbol | string)[], outputs: number,
    attrs?: Readonly<Record<string, AttrValue>>, domain?: string): GraphSymbol[];
  /** A constant tensor (float unless `dtype` says "int64"). */
  constant(values: NestedNumbers, dtype?: "float" | "int64"): GraphSymbol;
}

/** Integers become INT/INTS attributes, other numbers FLOAT/FLOATS; `{ float: 1 }` forces a float. */
export type AttrValue = number | string | readonly number[] | { readonly float: number } | { readonly floats: readonly number[] };

/** The ONNX oracle: a graph over the tensor arguments, in argument order. */
export interface OnnxOracle {
  /**
   * Builds the graph. Receives one symbol per tensor/number argument (numbers become 0-d inputs);
   * returns the output symbol(s) in the order of the function's result (an array result → several outputs).
   */
  readonly build: (g: GraphBuilderLike, ...inputs: GraphSymbol[]) => GraphSymbol | readonly GraphSymbol[];
  /** Opset version (≤ 26 loads in onnxruntime-web 1.30). Default 21. */
  readonly opset?: number;
  /** Element type of the model. Default "double", so the comparison does not pay float32 round-off. */
  readonly dtype?: "double" | "float";
}

/** A mathematical property the student's output must have (orthonormal columns, rows summing to 1...). */
export interface PropertyCheck<F extends AnyFunction = AnyFunction> {
  readonly name: string;
  /** Returns null when it holds, otherwise a sentence saying what is off (with numbers). */
  readonly check: (actual: Awaited<ReturnType<F>>, ...args: Parameters<F>) => string | null;
}

/**
 * A near-miss: a specific, common mistake, recognised from the student's output. Either `wrong`
 * computes what that mistake produces (the engine compares the student's output with it), or
 * `detect` decides directly.
 */
export interface NearMiss<F extends AnyFunction = AnyFunction> {
  /** Stable id used by `// diagnosis: <id>` in mistake files: "wrong-axis", "no-max-shift". */
  readonly id: string;
  /** What the student sees: what they did and how to fix it. */
  readonly message: string;
  readonly wrong?: (...args: Parameters<F>) => ReturnType<F>;
  readonly detect?: (actual: Awaited<ReturnType<F>>, expected: Awaited<ReturnType<F>>, ...args: Parameters<F>) => boolean;
}

/**
 * Generic diagnoses the engine can try on any exercise (turn off with `builtinDiagnoses: []`):
 * output transposed, sign flipped, off by a constant factor (incl. missing 1/n, 1/√d), NaN/Inf from
 * overflow (→ "use the log-sum-exp trick"), wrong shape.
 */
export type BuiltinDiagnosis = "transposed" | "sign-flipped" | "constant-factor" | "overflow" | "shape";

/** Gradient check by central finite differences, for backward-pass exercises. */
export interface GradientCheck<F extends AnyFunction = AnyFunction> {
  /** The scalar function whose gradient the student's function returns (lab code, trusted). */
  readonly loss: (...args: Parameters<F>) => number;
  /** Which argument the gradient is taken with respect to. */
  readonly wrt: number;
  /** Step; default 1e-5. */
  readonly eps?: number;
  readonly tolerance?: Tolerance;
}

/** What ▶ Run shows: the student's function on fixed inputs, printed, and optionally a plot. */
export interface Demo<F extends AnyFunction = AnyFunction> {
  /** One line said above the output. */
  readonly title?: string;
  /** Fixed demo arguments, or a builder (seeded). */
  readonly args: readonly ArgInput[] | ((gen: GenContext) => readonly ArgInput[]);
  /** Plot data built from the student's result (runs in the engine). Same JSON as lesson `plot` blocks. */
  readonly plot?: (result: Awaited<ReturnType<F>>, ...args: Parameters<F>) => PlotData;
}

export type { PlotData };

export type AnyFunction = (...args: any[]) => any;

export interface ExerciseSpec<F extends AnyFunction = AnyFunction> {
  /** The exported function's name in the student's file (and the exercise name in the lesson). */
  readonly name: string;
  /** Sizes the random cases draw for each named dimension. */
  readonly dims: Readonly<Record<DimName, DimRange>>;
  /** The positional arguments, in order. */
  readonly args: readonly ArgSpec[];
  /** What the function returns, for the shape check: "N K" (tensor), "" (0-d), "number", or a list for tuples. */
  readonly returns: string | readonly string[];
  /** Number of random cases (default 16). */
  readonly cases?: number;
  /** Seed of case generation; case i uses a seed derived from (seed, i), so "re-run case 7" is exact. */
  readonly seed?: number;
  readonly edgeCases?: readonly EdgeCase[];
  /** The reference solution (lesson's `.solution.ts`): always required, used by check-course and diagnoses. */
  readonly reference: F;
  /** The ONNX oracle, where the operation exists in ONNX. When present it is the judge of record. */
  readonly onnx?: OnnxOracle;
  /** Property checks applied to every case's output (in addition to the comparison, or instead of it). */
  readonly properties?: readonly PropertyCheck<F>[];
  /** When true, outputs are judged by `properties` only (several answers are right: eigenvectors' signs...). */
  readonly propertiesOnly?: boolean;
  readonly tolerance: Tolerance;
  /** Lab functions the exercise asks the student to write themselves: "softmax", "linalg.svd". */
  readonly withheld?: readonly string[];
  /** Shown one at a time, on request, most general first. */
  readonly hints: readonly string[];
  readonly nearMisses?: readonly NearMiss<F>[];
  readonly builtinDiagnoses?: readonly BuiltinDiagnosis[];
  readonly gradientCheck?: GradientCheck<F>;
  readonly demo?: Demo<F>;
}

/** Identity with inference: gives authors types and completions in spec files. */
export function defineExercise<F extends AnyFunction>(spec: ExerciseSpec<F>): ExerciseSpec<F> {
  return spec;
}

/** Default number of random cases when a spec does not say. */
export const DEFAULT_CASES = 16;
/** Default seed of case generation. */
export const DEFAULT_SEED = 1234;
