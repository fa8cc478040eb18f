// Shape arithmetic the rules share: reading tensors, numbers and shape lists out of values,
// NumPy broadcasting, axis normalisation, element counts.
import { constDim, dimsClash, dimValue, dimEq, mulDims, type Dim } from "../dims";
import { fmtShape, type Shape, type Val } from "../values";

/** Shape of anything a lab function accepts as a tensor (tensor, number, nested array); null if unknown. */
export function shapeOf(v: Val): Shape | null {
  switch (v.k) {
    case "tensor":
      return v.shape;
    case "num":
    case "bool":
      return [];
    case "tuple": {
      if (v.items.length === 0) return [constDim(0)];
      const inner = v.items.map(shapeOf);
      const first = inner[0];
      if (!first || inner.some((s) => !s || s.length !== first.length)) return null;
      if (v.items.some((x) => x.k === "tensor")) return null;
      return [constDim(v.items.length), ...first];
    }
    default:
      return null;
  }
}

export function isTensorLike(v: Val): boolean {
  return v.k === "tensor" || v.k === "num" || v.k === "tuple";
}

/** A number argument's exact integer value. */
export function intOf(v: Val | undefined): number | undefined {
  if (!v || v.k !== "num" || !v.dim) return undefined;
  const n = dimValue(v.dim);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

/** A dimension given as a number argument (literal or symbolic like `x.shape[0]`). */
export function dimOf(v: Val | undefined): Dim | null {
  return v && v.k === "num" ? v.dim : null;
}

/** A shape given as `[2, 3]`, `x.shape`, or a single number. */
export function shapeArg(v: Val | undefined): Shape | null {
  if (!v) return null;
  if (v.k === "num") return [v.dim];
  if (v.k === "tuple") {
    const out: (Dim | null)[] = [];
    for (const it of v.items) {
      if (it.k !== "num") return null;
      out.push(it.dim);
    }
    return out;
  }
  return null;
}

/** Axis list given as a number or list of numbers; "none" when absent, null when unknown. */
export function axesArg(v: Val | undefined): number[] | "none" | null {
  if (!v || v.k === "unknown") return v ? null : "none";
  if (v.k === "num") {
    const n = intOf(v);
    return n === undefined ? null : [n];
  }
  if (v.k === "tuple") {
    const out: number[] = [];
    for (const it of v.items) {
      const n = intOf(it);
      if (n === undefined) return null;
      out.push(n);
    }
    return out;
  }
  return null;
}

export function normAxis(axis: number, ndim: number): number | null {
  if (axis < -ndim || axis >= ndim) return null;
  return axis < 0 ? axis + ndim : axis;
}

export function isOne(d: Dim | null): boolean {
  return !!d && dimValue(d) === 1;
}

export interface BroadcastClash {
  /** Axis counted from the right (0 = last). */
  readonly fromRight: number;
  readonly a: Dim;
  readonly b: Dim;
}

/** NumPy broadcasting of two shapes; `clash` when two dimensions surely disagree. */
export function broadcast(a: Shape | null, b: Shape | null): { shape: Shape | null; clash?: BroadcastClash } {
  if (!a || !b) return { shape: null };
  const n = Math.max(a.length, b.length);
  const out: (Dim | null)[] = new Array<Dim | null>(n);
  for (let i = 0; i < n; i++) {
    const da = i < a.length ? a[a.length - 1 - i]! : constDim(1);
    const db = i < b.length ? b[b.length - 1 - i]! : constDim(1);
    let r: Dim | null;
    if (da === null || db === null) {
      const known = da ?? db;
      r = known && !isOne(known) && dimValue(known) !== undefined ? known : null;
    } else if (dimEq(da, db)) r = da;
    else if (isOne(da)) r = db;
    else if (isOne(db)) r = da;
    else if (dimsClash(da, db)) return { shape: null, clash: { fromRight: i, a: da, b: db } };
    else r = dimValue(da) !== undefined ? da : dimValue(db) !== undefined ? db : null;
    out[n - 1 - i] = r;
  }
  return { shape: out };
}

/** Number of elements, when every dimension is known. */
export function sizeOf(s: Shape | null): Dim | null {
  if (!s) return null;
  let acc = constDim(1);
  for (const d of s) {
    if (!d) return null;
    acc = mulDims(acc, d);
  }
  return acc;
}

export function ordinal(fromRight: number, ndim: number): string {
  if (fromRight === 0) return "last axis";
  if (fromRight === 1) return "second-to-last axis";
  const i = ndim - 1 - fromRight;
  return i >= 0 ? `axis ${i}` : `axis -${fromRight + 1}`;
}

export function describe(label: string, s: Shape | null): string {
  return `${label} \`${fmtShape(s)}\``;
}
