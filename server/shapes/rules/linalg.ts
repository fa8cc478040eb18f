// np.linalg: results follow from the input's last two axes (batch axes in front are kept).
// `svd` of [N, D] gives U [N, K], S [K], Vt [K, D] with K = min(N, D).
import { constDim, dimsClash, dimValue, symDim, type Dim } from "../dims";
import type { Expr } from "../ir";
import { fmtDim, type Shape, type Val } from "../values";
import type { RuleCtx } from "./context";
import { axesArg, describe, normAxis, shapeOf } from "./shape-math";

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

/** svd(A) is full by default (U [M, M], Vh [N, N]); `{ fullMatrices: false }` or `false` gives the thin one. */
export function svdRule(ctx: RuleCtx): Val {
  const mt = matrix(ctx, "an SVD");
  if (!mt) return { k: "unknown" };
  const k = minDim(mt.m, mt.n);
  const how = `of ${ctx.name} of ${describe(mt.label, mt.s)}`;
  const opt = ctx.args[1];
  let full: boolean | null = true;
  let computeUv: boolean | null = true;
  if (opt) {
    if (opt.expr.k === "bool") full = opt.expr.v;
    else if (opt.expr.k === "obj") {
      for (const p of opt.expr.props) {
        const v = p.value.k === "bool" ? p.value.v : null;
        if (p.key === "fullMatrices") full = v;
        else if (p.key === "computeUv") computeUv = v;
      }
    } else full = null;
  }
  const S = ctx.tensor([...mt.batch, k], `S (singular values) ${how}`);
  if (computeUv === false) return S;
  if (full === null || computeUv === null) return { k: "unknown" };
  const U = ctx.tensor([...mt.batch, mt.m, full ? mt.m : k], `U ${how}${full ? " (full)" : ""}`);
  const Vh = ctx.tensor([...mt.batch, full ? mt.n : k, mt.n], `Vh ${how}${full ? " (full)" : ""}`);
  return named([["U", U], ["S", S], ["Vh", Vh]]);
}

export function svdvalsRule(ctx: RuleCtx): Val {
  const mt = matrix(ctx, "singular values");
  return ctx.tensor(mt ? [...mt.batch, minDim(mt.m, mt.n)] : null, ctx.name);
}

export function slogdetRule(ctx: RuleCtx): Val {
  const mt = square(ctx, "a determinant");
  if (!mt) return { k: "unknown" };
  return { k: "tuple", items: [ctx.tensor(mt.batch, `sign of ${ctx.name}`), ctx.tensor(mt.batch, `log|det| of ${ctx.name}`)] };
}

export function eigvalshRule(ctx: RuleCtx): Val {
  const mt = square(ctx, "eigenvalues");
  return ctx.tensor(mt ? [...mt.batch, mt.m] : null, ctx.name);
}

export function pinvRule(ctx: RuleCtx): Val {
  const mt = matrix(ctx, "a pseudo-inverse");
  return ctx.tensor(mt ? [...mt.batch, mt.n, mt.m] : null, mt ? `${ctx.name} of ${describe(mt.label, mt.s)}` : ctx.name);
}

export function qrRule(ctx: RuleCtx): Val {
  const mt = matrix(ctx, "a QR factorisation");
  if (!mt) return { k: "unknown" };
  const mode = ctx.args[1]?.val;
  if (mode && (mode.k !== "str" || mode.v !== "reduced")) return mode.k === "str" && mode.v === "complete" ? named([["Q", ctx.tensor([...mt.batch, mt.m, mt.m], "Q")], ["R", ctx.tensor([...mt.batch, mt.m, mt.n], "R")]]) : { k: "unknown" };
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
  return named([["eigenvalues", w], ["eigenvectors", V]]);
}

/** norm(x, ord?, axis?, keepdims?) or norm(x, { ord, axis, keepdims }): a reduction over `axis` (all axes without one). */
export function normRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  if (!x) return ctx.tensor(null);
  const s = shapeOf(x.val);
  if (!s) return ctx.tensor(null);
  let axisVal: Val | undefined;
  let keepExpr: Expr | undefined;
  const o = ctx.args[1];
  if (o && o.expr.k === "obj") {
    axisVal = o.val.k === "obj" ? o.val.props.get("axis") : undefined;
    keepExpr = o.expr.props.find((p) => p.key === "keepdims")?.value;
  } else {
    axisVal = ctx.args[2]?.val;
    keepExpr = ctx.args[3]?.expr;
  }
  const keep = keepExpr ? (keepExpr.k === "bool" ? keepExpr.v : null) : false;
  if (keep === null) return ctx.tensor(null);
  const axes = axisVal && !(axisVal.k === "lib" && axisVal.path === "null") ? axesArg(axisVal) : "none";
  if (axes === null) return ctx.tensor(null);
  if (axes === "none") return ctx.tensor(keep ? s.map(() => constDim(1)) : [], `${ctx.name} of ${describe(x.label, s)}`);
  const norm: number[] = [];
  for (const a of axes) {
    const i = normAxis(a, s.length);
    if (i === null) {
      ctx.fail(`${ctx.name}: axis ${a} is out of range for ${describe(x.label, s)}.`);
      return ctx.tensor(null);
    }
    norm.push(i);
  }
  const out = keep ? s.map((d, i) => (norm.includes(i) ? constDim(1) : d)) : s.filter((_, i) => !norm.includes(i));
  return ctx.tensor(out, `${ctx.name} of ${describe(x.label, s)} over axis ${norm.join(", ")}`);
}

/**
 * A result that destructures both as a tuple (`const [U, S, Vt] = …`) and by name (`const { U } = …`).
 * `order` picks the tuple items when names include aliases.
 */
function named(entries: [string, Val][], order?: Val[]): Val {
  return { k: "tuple", items: order ?? entries.map(([, v]) => v), names: new Map(entries) };
}
