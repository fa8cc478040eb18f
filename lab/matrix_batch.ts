// Linear-algebra routines work on the last two axes; leading axes are a batch of matrices.
import { Tensor } from "./tensor";
import { alloc } from "./dtype";
import { fmtShape, ShapeError } from "./errors";
import { sizeOf } from "./shape";
import type { DType } from "./types";

/** A result matrix (or vector) of one batch entry, with its shape. */
export interface Part { data: Float64Array; shape: number[] }

/** Checks that `t` is at least 2-d (and square when asked). */
export function checkMatrix(t: Tensor<any>, op: string, square: boolean): { m: number; n: number; batch: number[] } {
  if (t.ndim < 2) {
    throw new ShapeError(`${op}: expected a matrix (at least 2-d, the last two axes are rows and columns), got shape ${fmtShape(t.shape)}`);
  }
  const m = t.shape[t.ndim - 2]!, n = t.shape[t.ndim - 1]!;
  if (square && m !== n) {
    throw new ShapeError(`${op}: expected a square matrix (last two axes equal), got shape ${fmtShape(t.shape)} (${m} rows, ${n} columns)`);
  }
  return { m, n, batch: t.shape.slice(0, -2) };
}

/**
 * Runs `fn` on each matrix of the batch (a float64 copy, row-major m×n) and stacks the k-th
 * outputs of all entries into the k-th result tensor, with the batch shape in front.
 */
export function mapMatrices(t: Tensor<any>, m: number, n: number, batch: readonly number[], dtype: DType, fn: (a: Float64Array, index: number) => Part[]): Tensor<any>[] {
  const nb = sizeOf(batch);
  const mn = m * n;
  let outs: { data: ReturnType<typeof alloc>; shape: number[] }[] | undefined;
  for (let b = 0; b < nb; b++) {
    const a = Float64Array.from(t.data.subarray(b * mn, (b + 1) * mn));
    const parts = fn(a, b);
    if (!outs) outs = parts.map((p) => ({ data: alloc(dtype, nb * p.data.length), shape: p.shape }));
    parts.forEach((p, k) => outs![k]!.data.set(p.data, b * p.data.length));
  }
  if (!outs) {
    // Empty batch: run once on a zero matrix to learn the output shapes.
    const parts = fn(new Float64Array(mn), 0);
    return parts.map((p) => new Tensor(alloc(dtype, 0), [...batch, ...p.shape]));
  }
  return outs.map((o) => new Tensor(o.data, [...batch, ...o.shape]));
}

/** Machine epsilon of float64. */
export const EPS = 2.220446049250313e-16;
