// np.linalg: results follow from the input's last two axes (batch axes in front are kept).
// `svd` of [N, D] gives U [N, K], S [K], Vt [K, D] with K = min(N, D).
import { dimsClash, dimValue, symDim, type Dim } from "../dims";
import { fmtDim, type Shape, type Val } from "../values";
import type { RuleCtx } from "./context";
import { describe, shapeOf } from "./shapeMath";

/** min(a, b) of two dimensions: a number when both are, else a "soft" name that never clashes. */
export function minDim(a: Dim | null, b: Dim | null): Dim | null {
  if (!a || !b) return null;
  if (a.key === b.key) return a;
  const x = dimValue(a);
  const y = dimValue(b);
  if (x !== undefined && y !== undefined) return x <= y ? a : b;
  return symDim(`min(${a.key}, ${b.key})`);
}

function matrix(ctx: RuleCtx, what: string): { s: Shape; batch: Shape; m: Dim | null; n: Dim | null; label: string } | null {
  const x = ctx.args[0];
  if (!x) return null;
  const s = shapeOf(x.val);
  if (!s) return null;
  if (s.length < 2) {
    ctx.fail(`${ctx.name} needs a matrix (at least 2 axes) for ${what}, but ${describe(x.label, s)} has ${s.length}.`);
    return null;
  }
  return { s, batch: s.slice(0, -2), m: s[s.length - 2]!, n: s[s.length - 1]!, label: x.label };
}

function square(ctx: RuleCtx, what: string): ReturnType<typeof matrix> {
  const mt = matrix(ctx, what);
  if (mt && mt.m && mt.n && dimsClash(mt.m, mt.n)) {
    ctx.fail(`${ctx.name} needs a square matrix, but ${describe(mt.label, mt.s)} is ${fmtDim(mt.m)} × ${fmtDim(mt.n)}.`);
    return null;
  }
  return mt;
}

export function invRule(ctx: RuleCtx): Val {
  const mt = square(ctx, "an inverse");
  return ctx.tensor(mt ? mt.s : null, mt ? `${ctx.name} of ${describe(mt.label, mt.s)}` : ctx.name);
}

export function detRule(ctx: RuleCtx): Val {
  const mt = square(ctx, "a determinant");
  return ctx.tensor(mt ? mt.batch : null, mt ? `${ctx.name} of ${describe(mt.label, mt.s)}` : ctx.name);
}

export function choleskyRule(ctx: RuleCtx): Val {
  return invRule(ctx);
}

export function solveRule(ctx: RuleCtx): Val {
  const mt = square(ctx, "solve");
  const b = ctx.args[1];
  if (!mt || !b) return ctx.tensor(null);
  const sb = shapeOf(b.val);
  if (!sb || sb.length === 0) return ctx.tensor(null);
  const rows = sb.length === 1 ? sb[0]! : sb[sb.length - 2]!;
  if (mt.n && rows && dimsClash(mt.n, rows)) {
    ctx.fail(`${ctx.name}(A, b) needs b's rows to match A's columns: ${describe(mt.label, mt.s)} has ${fmtDim(mt.n)} columns but ${describe(b.label, sb)} has ${fmtDim(rows)} rows.`);
    return ctx.tensor(null);
  }
  return ctx.tensor(sb, `${ctx.name} of ${describe(mt.label, mt.s)} and ${describe(b.label, sb)}`);
}

export function svdRule(ctx: RuleCtx): Val {
  const mt = matrix(ctx, "an SVD");
  if (!mt) return { k: "unknown" };
  const k = minDim(mt.m, mt.n);
  const how = `of ${ctx.name} of ${describe(mt.label, mt.s)}`;
  const opts = ctx.args[1]?.val;
  const full = opts && opts.k === "obj" ? opts.props.get("fullMatrices") ?? opts.props.get("full_matrices") : undefined;
  if (full && full.k !== "bool") return { k: "unknown" };
  const fullFlag = ctx.args[1]?.expr.k === "obj" && ctx.args[1].expr.props.some((p) => (p.key === "fullMatrices" || p.key === "full_matrices") && p.value.k === "bool" && p.value.v);
  const U = ctx.tensor([...mt.batch, mt.m, fullFlag ? mt.m : k], `U ${how}`);
  const S = ctx.tensor([...mt.batch, k], `S (singular values) ${how}`);
  const Vt = ctx.tensor([...mt.batch, fullFlag ? mt.n : k, mt.n], `Vt ${how}`);
  return named([["U", U], ["S", S], ["Vt", Vt]]);
}

export function qrRule(ctx: RuleCtx): Val {
  const mt = matrix(ctx, "a QR factorisation");
  if (!mt) return { k: "unknown" };
  const k = minDim(mt.m, mt.n);
  const how = `of ${ctx.name} of ${describe(mt.label, mt.s)}`;
  return named([["Q", ctx.tensor([...mt.batch, mt.m, k], `Q ${how}`)], ["R", ctx.tensor([...mt.batch, k, mt.n], `R ${how}`)]]);
}

export function eighRule(ctx: RuleCtx): Val {
  const mt = square(ctx, "eigenvalues");
  if (!mt) return { k: "unknown" };
  const how = `of ${ctx.name} of ${describe(mt.label, mt.s)}`;
  const w = ctx.tensor([...mt.batch, mt.m], `eigenvalues ${how}`);
  const V = ctx.tensor(mt.s, `eigenvectors ${how}`);
  return named([["eigenvalues", w], ["eigenvectors", V], ["w", w], ["V", V]], [w, V]);
}

/** norm(x), norm(x, ord), norm(x, ord, axis) or norm(x, { axis, keepdims }): a reduction. */
export function normRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  if (!x) return ctx.tensor(null);
  const s = shapeOf(x.val);
  const opts = ctx.args.find((a, i) => i > 0 && a.val.k === "obj");
  if (ctx.args.length === 1) return ctx.tensor([], `${ctx.name} of ${describe(x.label, s)}`);
  if (!opts) return ctx.tensor(null);
  return ctx.tensor(null);
}

/**
 * A result that destructures both as a tuple (`const [U, S, Vt] = …`) and by name (`const { U } = …`).
 * `order` picks the tuple items when names include aliases.
 */
function named(entries: [string, Val][], order?: Val[]): Val {
  return { k: "tuple", items: order ?? entries.map(([, v]) => v), names: new Map(entries) };
}
