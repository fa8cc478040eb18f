// Elementwise operations: one input keeps its shape; two or more broadcast like NumPy.
import { fmtDim, fmtShape, type Shape, type Val } from "../values";
import type { RuleArg, RuleCtx } from "./context";
import { broadcast, describe, ordinal, shapeOf } from "./shape-math";

export function unaryRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  if (!x) return ctx.tensor(null);
  const s = shapeOf(x.val);
  return ctx.tensor(s, `${ctx.name} of ${describe(x.label, s)}`);
}

/** Broadcasts the given arguments in order, reporting the first clash in teacher words. */
export function broadcastArgs(ctx: RuleCtx, args: readonly (RuleArg | undefined)[]): Shape | null {
  let acc: Shape | null = [];
  let accArg: RuleArg | undefined;
  for (const a of args) {
    if (!a) continue;
    const s = shapeOf(a.val);
    const r = broadcast(acc, s);
    if (r.clash && accArg) {
      reportClash(ctx, accArg, a, acc!, s!, r.clash.fromRight, fmtDim(r.clash.a), fmtDim(r.clash.b));
      return null;
    }
    acc = r.shape;
    accArg = a;
    if (!acc) return null;
  }
  return acc;
}

function reportClash(ctx: RuleCtx, a: RuleArg, b: RuleArg, sa: Shape, sb: Shape, fromRight: number, da: string, db: string): void {
  const n = Math.max(sa.length, sb.length);
  const related = [a, b].flatMap((x) => (x.val.k === "tensor" && x.val.origin ? [{ origin: x.val.origin, message: `${describe(x.label, shapeOf(x.val))} comes from here` }] : []));
  const fixes = [a, b].flatMap((x, i) => {
    const v = x.val;
    if (v.k !== "tensor" || !v.reduce) return [];
    const other = shapeOf((i === 0 ? b : a).val);
    if (broadcast(v.reduce.kept, other).clash || !broadcast(v.reduce.kept, other).shape) return [];
    return [{ title: `Keep the reduced axis: add \`keepdims: true\``, edits: v.reduce.edits.map((ed) => ({ slot: v.reduce!.slot, ...ed })) }];
  });
  const hint = fixes.length ? " A reduction dropped an axis here; `keepdims: true` keeps it as size 1 so it broadcasts." : "";
  ctx.fail(
    `${ctx.name} can't broadcast ${describe(a.label, sa)} with ${describe(b.label, sb)}: on the ${ordinal(fromRight, n)} they have ${da} and ${db}. ` +
      `Broadcasting lines shapes up from the right, and each pair of dims must be equal or one of them 1.${hint}`,
    { related, fixes },
  );
}

export function binaryRule(ctx: RuleCtx): Val {
  const [a, b] = ctx.args;
  const s = broadcastArgs(ctx, [a, b]);
  const how = a && b ? `${ctx.name} of ${describe(a.label, shapeOf(a.val))} and ${describe(b.label, shapeOf(b.val))}` : ctx.name;
  return ctx.tensor(s, how);
}

/** where(cond, a, b) and clip(x, lo, hi): all arguments broadcast together. */
export function ternaryRule(ctx: RuleCtx): Val {
  const args = ctx.args.slice(0, 3).filter((a) => a.val.k !== "unknown" || true);
  const s = broadcastArgs(ctx, args.filter((a) => a.val.k === "tensor" || a.val.k === "num" || a.val.k === "tuple"));
  return ctx.tensor(args.some((a) => a.val.k === "unknown") ? null : s, `${ctx.name} of ${args.map((a) => describe(a.label, shapeOf(a.val))).join(", ")}`);
}

/** Functions that keep the first argument's shape whatever the others are (astype, copy, clip with scalars). */
export function sameShapeRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  const s = x ? shapeOf(x.val) : null;
  return ctx.tensor(s, x ? `${ctx.name} of ${describe(x.label, s)}` : ctx.name);
}

export { fmtShape };
