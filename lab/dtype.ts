// The two dtypes and how they combine (NumPy promotion: float32 with float64 gives float64).
import { DTypeError } from "./errors";
import { checkSize } from "./shape";
import type { DType, TypedArray } from "./types";

export function checkDType(dtype: unknown, op: string): DType {
  if (dtype === undefined) return "float64";
  if (dtype === "float64" || dtype === "float32") return dtype;
  throw new DTypeError(
    `${op}: unknown dtype ${JSON.stringify(dtype)}; mathlab tensors are "float64" (the default) or "float32"`,
  );
}

export function alloc(dtype: DType, n: number, op = "mathlab"): TypedArray {
  checkSize(n, op);
  return dtype === "float32" ? new Float32Array(n) : new Float64Array(n);
}

export function dtypeOf(data: TypedArray): DType {
  return data instanceof Float32Array ? "float32" : "float64";
}

export function promote(a: DType, b: DType): DType {
  return a === "float32" && b === "float32" ? "float32" : "float64";
}
