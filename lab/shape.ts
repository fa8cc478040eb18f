// Shape arithmetic shared by every operation: sizes, strides, axis normalisation, broadcasting.
import { fmtShape, ShapeError, ValueError } from "./errors";

/** Number of elements of a shape (1 for a scalar). */
export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Row-major (C order) strides, in elements. */
export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i]!;
  }
  return s;
}

/** The most elements one tensor may hold: 2^28 (2 GiB as float64), far beyond any exercise. */
export const MAX_ELEMENTS = 2 ** 28;

/** A clear error for a tensor too large to allocate, instead of the engine's bare RangeError. */
export function checkSize(n: number, op: string, shape?: readonly number[]): void {
  if (n <= MAX_ELEMENTS) return;
  const what = shape ? `shape ${fmtShape(shape)} has` : "the result would have";
  throw new ValueError(`${op}: ${what} ${n.toLocaleString("en-US")} elements (${(n * 8 / 2 ** 30).toFixed(1)} GiB as float64); `
    + `a tensor holds at most ${MAX_ELEMENTS.toLocaleString("en-US")}. Check the shape for a wrong or swapped dimension.`);
}

/** Checks that every dimension is a non-negative integer and that the tensor is not absurdly large. */
export function checkShape(shape: readonly unknown[], op: string): number[] {
  if (!Array.isArray(shape)) throw new ValueError(`${op}: a shape must be an array of integers, got ${String(shape)}`);
  shape.forEach((d, i) => {
    if (typeof d !== "number" || !Number.isInteger(d)) {
      throw new ValueError(`${op}: dimension ${i} of shape [${shape.map(String).join(", ")}] is ${String(d)}; dimensions must be whole numbers`);
    }
    if (d < 0) {
      throw new ValueError(`${op}: dimension ${i} of shape ${fmtShape(shape as number[])} is negative; dimensions must be 0 or more`);
    }
  });
  checkSize(sizeOf(shape as number[]), op, shape as number[]);
  return shape as number[];
}

/** Turns a possibly negative axis into 0..ndim-1, or explains why it is out of range. */
export function normAxis(axis: number, ndim: number, op: string): number {
  if (!Number.isInteger(axis)) throw new ValueError(`${op}: axis must be a whole number, got ${axis}`);
  if (axis < -ndim || axis >= ndim) {
    const range = ndim === 0 ? "a 0-d tensor has no axes" : `valid axes for ${ndim} dimension${ndim === 1 ? "" : "s"} are ${-ndim}..${ndim - 1}`;
    throw new ShapeError(`${op}: axis ${axis} is out of range: ${range}`);
  }
  return axis < 0 ? axis + ndim : axis;
}

/** Normalises `axis` (a number, a list, or undefined for all axes) into a sorted list without repeats. */
export function normAxes(axis: number | readonly number[] | undefined | null, ndim: number, op: string): number[] {
  if (axis === undefined || axis === null) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof axis === "number" ? [axis] : [...axis];
  const out = list.map((a) => normAxis(a, ndim, op));
  const seen = new Set<number>();
  for (const a of out) {
    if (seen.has(a)) throw new ShapeError(`${op}: axis ${a} appears twice in axis=[${list.join(", ")}]`);
    seen.add(a);
  }
  return out.sort((x, y) => x - y);
}

/**
 * The broadcast shape of two shapes (NumPy rules: align from the right; sizes must be equal or one
 * of them 1). Throws a ShapeError naming the operation, both shapes and the clashing axis.
 */
export function broadcastShapes(a: readonly number[], b: readonly number[], op: string): number[] {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let i = 1; i <= n; i++) {
    const da = i <= a.length ? a[a.length - i]! : 1;
    const db = i <= b.length ? b[b.length - i]! : 1;
    if (da === db || db === 1) out[n - i] = da;
    else if (da === 1) out[n - i] = db;
    else {
      throw new ShapeError(
        `${op}: cannot broadcast shapes ${fmtShape(a)} and ${fmtShape(b)}: axis -${i} has ${da} vs ${db}; ` +
          `broadcasting needs equal sizes or 1 (shapes are aligned from the right)`,
      );
    }
  }
  checkSize(sizeOf(out), `${op} (broadcasting ${fmtShape(a)} with ${fmtShape(b)})`, out);
  return out;
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
