// np.random: sizes given NumPy's ways — `randn(2, 3)`, `randn([2, 3])`, `normal(0, 1, [N, D])`,
// `uniform(lo, hi, size)`, `randint(lo, hi, size)`, `choice(a, size)`, `permutation(n | x)`.
import { constDim } from "../dims";
import { fmtShape, type Shape, type Val } from "../values";
import type { RuleCtx } from "./context";
import { shapeArg, shapeOf } from "./shape-math";

/** randn(2, 3) / randn([2, 3]) / rand(...) */
export function varargShapeRule(ctx: RuleCtx): Val {
  if (ctx.args.length === 0) return ctx.tensor([], ctx.name);
  let s: Shape | null;
  if (ctx.args.length === 1) s = shapeArg(ctx.args[0]!.val);
  else s = shapeArg({ k: "tuple", items: ctx.args.map((a) => a.val) });
  return ctx.tensor(s, s ? `${ctx.name}(${fmtShape(s)})` : ctx.name);
}

/** Distribution with the size as argument `at` (normal(loc, scale, size)); a scalar when absent. */
export function sizeAtRule(at: number) {
  return (ctx: RuleCtx): Val => {
    const a = ctx.args[at];
    if (!a) {
      if (ctx.args.some((x) => x.val.k === "tensor" || x.val.k === "tuple" || x.val.k === "unknown")) return ctx.tensor(null);
      return ctx.tensor([], ctx.name);
    }
    const v = a.val.k === "obj" ? a.val.props.get("size") : a.val;
    const s = shapeArg(v);
    return ctx.tensor(s, s ? `${ctx.name}(…, ${fmtShape(s)})` : ctx.name);
  };
}

export function permutationRule(ctx: RuleCtx): Val {
  const a = ctx.args[0];
  if (!a) return ctx.tensor(null);
  if (a.val.k === "num") return ctx.tensor([a.val.dim], ctx.name);
  const s = shapeOf(a.val);
  return ctx.tensor(s, ctx.name);
}

export function choiceRule(ctx: RuleCtx): Val {
  const size = ctx.args[1];
  if (!size) return ctx.args[0] ? ctx.tensor([], ctx.name) : ctx.tensor(null);
  const v = size.val.k === "obj" ? size.val.props.get("size") : size.val;
  if (!v) return ctx.tensor([], ctx.name);
  const s = shapeArg(v);
  return ctx.tensor(s, ctx.name);
}

export const scalarOne = constDim(1);
