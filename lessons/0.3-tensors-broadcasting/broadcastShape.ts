/**
 * The shape that broadcasting gives when arrays of shapes `a` and `b` are combined elementwise,
 * or false when they cannot be broadcast together (NumPy raises an error there).
 *
 * a, b: shapes, e.g. [8, 1, 6, 1] and [7, 1, 5] (→ [8, 7, 6, 5]); [] is the shape of a scalar.
 * Sizes may be 0 (an empty axis broadcasts only against 0 or 1).
 */
export function broadcastShape(a: readonly number[], b: readonly number[]): number[] | false {
  // TODO: align on the right, pad with 1s, compare axis by axis   // eq:broadcast-index
  throw new Error(`broadcastShape is not written yet ([${a.join(", ")}] with [${b.join(", ")}])`);
}
