// Reductions over axes, with `keepdims`, in both NumPy spellings: `np.sum(x, 1)` and
// `np.sum(x, { axis: 1, keepdims: true })` (and methods `x.sum(1)`).
import { constDim, type Dim } from "../dims";
import type { Expr } from "../ir";
import type { ReduceInfo, Shape, Val } from "../values";
import type { RuleCtx } from "./context";
import { axesArg, describe, normAxis, shapeOf, sizeOf } from "./shape-math";

interface AxisSpec {
  axes: number[] | "none" | null;
  keepdims: boolean | null;
  /** Where to put `keepdims: true` when the student left it out. */
  keepEdits: { s: number; e: number; text: string }[] | null;
}

function readAxis(ctx: RuleCtx, from: number): AxisSpec {
  const a = ctx.args[from];
  const b = ctx.args[from + 1];
  let axes: number[] | "none" | null = "none";
  let keepdims: boolean | null = false;
  let keepEdits: AxisSpec["keepEdits"] = null;
  const readOpts = (v: Val, e: Expr): void => {
    if (v.k !== "obj") {
      keepdims = null;
      return;
    }
    const ax = v.props.get("axis");
    if (ax) axes = ax.k === "unknown" ? null : axesArg(ax);
    const kd = v.props.get("keepdims");
    if (kd) keepdims = kd.k === "bool" ? kdLiteral(e) : null;
    if (!kd && e.k === "obj") keepEdits = [{ s: e.e - 1, e: e.e - 1, text: e.props.length ? ", keepdims: true " : " keepdims: true " }];
  };
  if (a) {
    if (a.val.k === "obj") readOpts(a.val, a.expr);
    else {
      axes = a.expr.k === "other" && a.val.k === "unknown" ? null : a.val.k === "unknown" ? null : axesArg(a.val);
      if (a.expr.k === "id" && a.expr.name === "undefined") axes = "none";
      if (b) readOpts(b.val, b.expr);
      else if (axes !== "none" && axes !== null) keepEdits = [{ s: a.expr.s, e: a.expr.s, text: "{ axis: " }, { s: a.expr.e, e: a.expr.e, text: ", keepdims: true }" }];
    }
  }
  return { axes, keepdims, keepEdits };
}

function kdLiteral(e: Expr): boolean | null {
  if (e.k !== "obj") return null;
  const p = e.props.find((x) => x.key === "keepdims");
  return p && p.value.k === "bool" ? p.value.v : null;
}

function reduceShape(s: Shape, axes: number[] | "none", keep: boolean): Shape {
  if (axes === "none") return keep ? s.map(() => constDim(1)) : [];
  return keep ? s.map((d, i) => (axes.includes(i) ? constDim(1) : d)) : s.filter((_, i) => !axes.includes(i));
}

/** Checks and normalises the axes against the input rank; reports out-of-range axes. */
function normAxes(ctx: RuleCtx, axes: number[] | "none", s: Shape, label: string): number[] | "none" | null {
  if (axes === "none") return axes;
  const out: number[] = [];
  for (const ax of axes) {
    const n = normAxis(ax, s.length);
    if (n === null) {
      ctx.fail(`${ctx.name}: axis ${ax} is out of range for ${describe(label, s)}, which has ${s.length} ${s.length === 1 ? "axis" : "axes"} (valid: ${-s.length}..${s.length - 1}).`);
      return null;
    }
    out.push(n);
  }
  return out;
}

export function reductionRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  if (!x) return ctx.tensor(null);
  const s = shapeOf(x.val);
  const spec = readAxis(ctx, 1);
  if (!s || spec.axes === null || spec.keepdims === null) return ctx.tensor(null);
  const axes = normAxes(ctx, spec.axes, s, x.label);
  if (!axes) return ctx.tensor(null);
  const out = reduceShape(s, axes, spec.keepdims);
  const where = axes === "none" ? "over all axes" : `over axis ${axes.join(", ")}`;
  let reduce: ReduceInfo | undefined;
  if (!spec.keepdims && spec.keepEdits && axes !== "none") reduce = { slot: ctx.slot, kept: reduceShape(s, axes, true), edits: spec.keepEdits };
  return ctx.tensor(out, `${ctx.name} of ${describe(x.label, s)} ${where}${spec.keepdims ? " (keepdims)" : ""}`, reduce);
}

/** argmax/argmin: one axis or none. */
export function argReductionRule(ctx: RuleCtx): Val {
  return reductionRule(ctx);
}

/** cumsum/cumprod: same shape along an axis, flattened without one. */
export function cumulativeRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  if (!x) return ctx.tensor(null);
  const s = shapeOf(x.val);
  const spec = readAxis(ctx, 1);
  if (!s || spec.axes === null) return ctx.tensor(null);
  if (spec.axes === "none") {
    const n: Dim | null = sizeOf(s);
    return ctx.tensor([n], `${ctx.name} of ${describe(x.label, s)}, flattened`);
  }
  const axes = normAxes(ctx, spec.axes, s, x.label);
  return ctx.tensor(axes ? s : null, `${ctx.name} of ${describe(x.label, s)}`);
}
