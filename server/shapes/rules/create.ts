// Creation: shapes written as literals (`np.zeros([B, 784])`), `*Like` copies, ranges, eye,
// and `np.array` of nested literal arrays.
import { constDim, dimValue, divDims, subDims, type Dim } from "../dims";
import { fmtShape, type Val } from "../values";
import type { RuleCtx } from "./context";
import { describe, dimOf, intOf, shapeArg, shapeOf } from "./shape-math";

export function fromShapeRule(ctx: RuleCtx): Val {
  const s = shapeArg(ctx.args[0]?.val);
  return ctx.tensor(s, s ? `${ctx.name}(${fmtShape(s)})` : ctx.name);
}

export function likeRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  const s = x ? shapeOf(x.val) : null;
  return ctx.tensor(s, x ? `${ctx.name} of ${describe(x.label, s)}` : ctx.name);
}

export function arrayRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  if (!x) return ctx.tensor(null);
  if (x.val.k === "tuple" && x.val.items.some((it) => it.k === "tensor")) return ctx.tensor(null);
  const s = shapeOf(x.val);
  return ctx.tensor(s, x.val.k === "tensor" ? `${ctx.name} of ${describe(x.label, s)}` : `${ctx.name} of a literal ${fmtShape(s)}`);
}

export function eyeRule(ctx: RuleCtx): Val {
  const n = dimOf(ctx.args[0]?.val);
  const mVal = ctx.args[1]?.val;
  const m = mVal && mVal.k === "num" ? mVal.dim : mVal && mVal.k !== "lib" ? null : n;
  return ctx.tensor([n, m], `${ctx.name}(${n ? n.key : "?"})`);
}

export function arangeRule(ctx: RuleCtx): Val {
  const [a, b, c] = ctx.args.map((x) => dimOf(x.val));
  if (ctx.args.length === 1) return ctx.tensor([a ?? null], ctx.name);
  const step = ctx.args.length >= 3 ? intOf(ctx.args[2]!.val) : 1;
  if (!a || !b || step === undefined) return ctx.tensor([null], ctx.name);
  const lo = dimValue(a);
  const hi = dimValue(b);
  if (lo !== undefined && hi !== undefined) return ctx.tensor([constDim(Math.max(0, Math.ceil((hi - lo) / step)))], ctx.name);
  if (step === 1) return ctx.tensor([subDims(b, a)], ctx.name);
  const len: Dim | null = divDims(subDims(b, a), constDim(step));
  return ctx.tensor([len && dimValue(len) === undefined ? null : len], ctx.name);
  void c;
}

export function linspaceRule(ctx: RuleCtx): Val {
  const n = ctx.args[2];
  if (!n) return ctx.tensor([constDim(50)], ctx.name);
  return ctx.tensor([dimOf(n.val)], ctx.name);
}

export function fullRule(ctx: RuleCtx): Val {
  return fromShapeRule(ctx);
}

/** fromFlat(data, shape). */
export function fromFlatRule(ctx: RuleCtx): Val {
  const s = shapeArg(ctx.args[1]?.val);
  return ctx.tensor(s, ctx.name);
}

/** A scalar result (0-d tensor). */
export function scalarRule(ctx: RuleCtx): Val {
  return ctx.tensor([], ctx.name);
}

/** Functions with no tensor result that inference cares about. */
export function noTensorRule(): Val {
  return { k: "unknown" };
}
