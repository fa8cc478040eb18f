// What inference knows about a value: a tensor with a (possibly partly unknown) shape, a number that
// may be a dimension, a tuple, a function signature, the `np` namespace... or nothing at all.
import { constDim, type Dim } from "./dims";
import type { FnDecl, ShapeAnn } from "./ir";

/** A top-level statement's place in the document; `start` is kept current across edits. */
export interface Slot {
  start: number;
}

/** Where something was written: a span inside one top-level statement. */
export interface Origin {
  readonly slot: Slot;
  readonly s: number;
  readonly e: number;
  /** Words for hover and related information, e.g. "parameter x of pca". */
  readonly what: string;
}

/** A shape with possibly unknown dimensions (null). */
export type Shape = readonly (Dim | null)[];

/** How a reduction produced a tensor, so a broadcasting error can offer `keepdims: true`. */
export interface ReduceInfo {
  readonly slot: Slot;
  /** Shape the reduction would have had with keepdims. */
  readonly kept: Shape;
  /** Edits (in `slot`) that turn the call into its keepdims form. */
  readonly edits: readonly { readonly s: number; readonly e: number; readonly text: string }[];
}

export type Val =
  | { readonly k: "tensor"; readonly shape: Shape | null; readonly origin: Origin | null; readonly how: string; readonly reduce?: ReduceInfo }
  | { readonly k: "num"; readonly dim: Dim | null }
  | { readonly k: "tuple"; readonly items: readonly Val[]; readonly names?: ReadonlyMap<string, Val> }
  | { readonly k: "list"; readonly elem: Val }
  | { readonly k: "obj"; readonly props: ReadonlyMap<string, Val> }
  | { readonly k: "fn"; readonly sig: FnSig }
  | { readonly k: "lib"; readonly path: string }
  | { readonly k: "method"; readonly recv: Val; readonly name: string }
  | { readonly k: "str"; readonly v: string }
  | { readonly k: "bool" }
  | { readonly k: "unknown" };

/** A user function's signature: parameter shapes and result in the function's own dimension names. */
export interface FnSig {
  readonly name: string;
  readonly decl: FnDecl;
  readonly slot: Slot;
  readonly params: readonly { readonly name: string; readonly shape: Shape | null; readonly numDim: string | null; readonly ann: ShapeAnn | null }[];
  /** Declared or inferred result. */
  readonly result: Val;
}

export const UNKNOWN: Val = { k: "unknown" };

export function num(n: number): Val {
  return { k: "num", dim: constDim(n) };
}

export function fmtDim(d: Dim | null): string {
  if (!d) return "?";
  return d.key;
}

export function fmtShape(s: Shape | null): string {
  if (!s) return "[?]";
  return `[${s.map(fmtDim).join(", ")}]`;
}

export function shapeKey(s: Shape | null): string {
  return s ? s.map((d) => (d ? d.key : "?")).join(",") : "??";
}

export function fullyKnown(s: Shape | null): s is readonly Dim[] {
  return !!s && s.every((d) => d !== null);
}

/** Shallow structural equality, used to decide whether dependents must be re-inferred. */
export function sameVal(a: Val, b: Val): boolean {
  if (a === b) return true;
  if (a.k !== b.k) return false;
  switch (a.k) {
    case "tensor": {
      const t = b as typeof a;
      return shapeKey(a.shape) === shapeKey(t.shape) && a.how === t.how && a.origin?.slot === t.origin?.slot && a.origin?.s === t.origin?.s && a.origin?.e === t.origin?.e;
    }
    case "num": {
      const t = b as typeof a;
      return (a.dim?.key ?? "?") === (t.dim?.key ?? "?");
    }
    case "tuple": {
      const t = b as typeof a;
      return a.items.length === t.items.length && a.items.every((x, i) => sameVal(x, t.items[i]!));
    }
    case "list":
      return sameVal(a.elem, (b as typeof a).elem);
    case "obj": {
      const t = b as typeof a;
      if (a.props.size !== t.props.size) return false;
      for (const [k, v] of a.props) {
        const w = t.props.get(k);
        if (!w || !sameVal(v, w)) return false;
      }
      return true;
    }
    case "fn": {
      const t = b as typeof a;
      return a.sig.slot === t.sig.slot && a.sig.decl.ns === t.sig.decl.ns && sigKeyOf(a.sig) === sigKeyOf(t.sig);
    }
    case "lib":
      return a.path === (b as typeof a).path;
    case "method":
      return a.name === (b as typeof a).name && sameVal(a.recv, (b as typeof a).recv);
    case "str":
      return a.v === (b as typeof a).v;
    default:
      return true;
  }
}

function sigKeyOf(s: FnSig): string {
  const r = s.result.k === "tensor" ? shapeKey(s.result.shape) : s.result.k;
  return `${s.params.map((p) => shapeKey(p.shape) + (p.numDim ?? "")).join(";")}=>${r}`;
}

/** The same shape for broadcasting/joining purposes (unknown counts as different). */
export function sameShape(a: Val, b: Val): boolean {
  if (a.k === "tensor" && b.k === "tensor") return fullyKnown(a.shape) && shapeKey(a.shape) === shapeKey(b.shape);
  if (a.k !== b.k) return false;
  if (a.k === "num" || a.k === "str" || a.k === "bool" || a.k === "lib" || a.k === "fn") return sameVal(a, b);
  return false;
}
