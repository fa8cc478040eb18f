// Products: matmul (with NumPy's batch broadcasting), dot, outer, inner, einsum.
import { constDim, dimsClash, type Dim } from "../dims";
import { fmtDim, fmtShape, type Val } from "../values";
import type { RuleArg, RuleCtx } from "./context";
import { broadcast, describe, shapeOf, sizeOf } from "./shape-math";

function related(args: readonly RuleArg[]): { origin: NonNullable<Extract<Val, { k: "tensor" }>["origin"]>; message: string }[] {
  return args.flatMap((x) => (x.val.k === "tensor" && x.val.origin ? [{ origin: x.val.origin, message: `${describe(x.label, shapeOf(x.val))} gets its shape here` }] : []));
}

function transposeEdit(arg: RuleArg): { s: number; e: number; text: string }[] {
  const e = arg.expr;
  const simple = e.k === "id" || e.k === "member" || e.k === "call" || e.k === "index";
  return simple ? [{ s: e.e, e: e.e, text: ".T" }] : [{ s: e.s, e: e.s, text: "(" }, { s: e.e, e: e.e, text: ").T" }];
}

export function matmulRule(ctx: RuleCtx): Val {
  const [a, b] = ctx.args;
  if (!a || !b) return ctx.tensor(null);
  const sa = shapeOf(a.val);
  const sb = shapeOf(b.val);
  const how = `${ctx.name} of ${describe(a.label, sa)} and ${describe(b.label, sb)}`;
  if (!sa || !sb) return ctx.tensor(null, how);
  if (sa.length === 0 || sb.length === 0) {
    ctx.fail(`${ctx.name} needs tensors with at least 1 axis, but ${sa.length === 0 ? describe(a.label, sa) : describe(b.label, sb)} is a scalar; use np.multiply for scaling.`);
    return ctx.tensor(null, how);
  }
  const A = sa.length === 1 ? [constDim(1), sa[0]!] : sa;
  const B = sb.length === 1 ? [sb[0]!, constDim(1)] : sb;
  const k1 = A[A.length - 1]!;
  const k2 = B[B.length - 2]!;
  if (k1 && k2 && dimsClash(k1, k2)) {
    const fixes: { title: string; edits: { slot: typeof ctx.slot; s: number; e: number; text: string }[] }[] = [];
    const m = A[A.length - 2]!;
    const n = B[B.length - 1]!;
    const eq = (x: Dim | null, y: Dim | null): boolean => !!x && !!y && x.key === y.key;
    if (sb.length >= 2 && eq(k1, n)) fixes.push({ title: `Transpose ${b.label}: use ${b.label}.T`, edits: transposeEdit(b).map((ed) => ({ slot: ctx.slot, ...ed })) });
    if (sa.length >= 2 && eq(m, k2)) fixes.push({ title: `Transpose ${a.label}: use ${a.label}.T`, edits: transposeEdit(a).map((ed) => ({ slot: ctx.slot, ...ed })) });
    if (sa.length >= 2 && sb.length >= 2 && eq(n, m) && a.expr.e <= b.expr.s) {
      fixes.push({ title: `Swap the operands: ${ctx.name}(${b.label}, ${a.label})`, edits: [
        { slot: ctx.slot, s: a.expr.s, e: a.expr.e, text: b.label },
        { slot: ctx.slot, s: b.expr.s, e: b.expr.e, text: a.label },
      ] });
    }
    const swapOk = fixes.some((f) => f.title.startsWith("Swap"));
    ctx.fail(
      `${ctx.name} can't multiply ${describe(a.label, sa)} by ${describe(b.label, sb)}: ` +
        `matmul needs the last dim of A (${fmtDim(k1)}) to equal the second-to-last of B (${fmtDim(k2)}).` +
        (swapOk || fixes.length ? "" : ""),
      { related: related([a, b]), fixes: fixes.filter((f) => !f.title.startsWith("Swap") || /^[\w$.]+$/.test(a.label + b.label)) },
    );
    return ctx.tensor(null, how);
  }
  const batch = broadcast(A.slice(0, -2), B.slice(0, -2));
  if (batch.clash) {
    ctx.fail(`${ctx.name} can't broadcast the batch dims of ${describe(a.label, sa)} and ${describe(b.label, sb)}: ${fmtDim(batch.clash.a)} vs ${fmtDim(batch.clash.b)}. Batch dims (all but the last two) must be equal or 1.`, { related: related([a, b]) });
    return ctx.tensor(null, how);
  }
  if (!batch.shape) return ctx.tensor(null, how);
  const out: (Dim | null)[] = [...batch.shape];
  if (sa.length > 1) out.push(A[A.length - 2]!);
  if (sb.length > 1) out.push(B[B.length - 1]!);
  return ctx.tensor(out, how);
}

export function dotRule(ctx: RuleCtx): Val {
  const [a, b] = ctx.args;
  if (!a || !b) return ctx.tensor(null);
  const sa = shapeOf(a.val);
  const sb = shapeOf(b.val);
  if (!sa || !sb) return ctx.tensor(null);
  if (sa.length === 0 || sb.length === 0) return ctx.tensor(sa.length === 0 ? sb : sa, `${ctx.name} (scaling)`);
  if (sa.length <= 2 && sb.length <= 2) return matmulRule(ctx);
  const k1 = sa[sa.length - 1]!;
  const k2 = sb.length === 1 ? sb[0]! : sb[sb.length - 2]!;
  if (k1 && k2 && dimsClash(k1, k2)) {
    ctx.fail(`${ctx.name} can't contract ${describe(a.label, sa)} with ${describe(b.label, sb)}: dot sums the last axis of A (${fmtDim(k1)}) against the second-to-last of B (${fmtDim(k2)}), and they differ.`, { related: related([a, b]) });
    return ctx.tensor(null);
  }
  const out = [...sa.slice(0, -1), ...(sb.length === 1 ? [] : [...sb.slice(0, -2), sb[sb.length - 1]!])];
  return ctx.tensor(out, `${ctx.name} of ${describe(a.label, sa)} and ${describe(b.label, sb)}`);
}

export function outerRule(ctx: RuleCtx): Val {
  const [a, b] = ctx.args;
  if (!a || !b) return ctx.tensor(null);
  const sa = shapeOf(a.val);
  const sb = shapeOf(b.val);
  return ctx.tensor([sizeOf(sa), sizeOf(sb)], `${ctx.name} of ${describe(a.label, sa)} and ${describe(b.label, sb)}`);
}

export function innerRule(ctx: RuleCtx): Val {
  const [a, b] = ctx.args;
  if (!a || !b) return ctx.tensor(null);
  const sa = shapeOf(a.val);
  const sb = shapeOf(b.val);
  if (!sa || !sb) return ctx.tensor(null);
  if (sa.length === 0 || sb.length === 0) return ctx.tensor(sa.length === 0 ? sb : sa);
  const k1 = sa[sa.length - 1]!;
  const k2 = sb[sb.length - 1]!;
  if (k1 && k2 && dimsClash(k1, k2)) {
    ctx.fail(`${ctx.name} needs the last dims of ${describe(a.label, sa)} and ${describe(b.label, sb)} to match (${fmtDim(k1)} vs ${fmtDim(k2)}).`, { related: related([a, b]) });
    return ctx.tensor(null);
  }
  return ctx.tensor([...sa.slice(0, -1), ...sb.slice(0, -1)], `${ctx.name} of ${describe(a.label, sa)} and ${describe(b.label, sb)}`);
}

/** einsum("ij,jk->ik", a, b): letters bind dimensions; a letter seen twice must agree. */
export function einsumRule(ctx: RuleCtx): Val {
  const spec = ctx.args[0];
  if (!spec || spec.val.k !== "str") return ctx.tensor(null);
  const text = spec.val.v.replace(/\s+/g, "");
  if (text.includes(".")) return ctx.tensor(null);
  const [lhs, rhs] = text.split("->") as [string, string | undefined];
  const inputs = lhs.split(",");
  const ops = ctx.args.slice(1);
  if (inputs.length !== ops.length) {
    ctx.fail(`${ctx.name}: the spec "${spec.val.v}" names ${inputs.length} operand${inputs.length === 1 ? "" : "s"} but ${ops.length} ${ops.length === 1 ? "was" : "were"} given.`);
    return ctx.tensor(null);
  }
  const bound = new Map<string, { dim: Dim | null; from: string }>();
  for (let i = 0; i < inputs.length; i++) {
    const letters = inputs[i]!;
    const s = shapeOf(ops[i]!.val);
    if (!s) {
      for (const c of letters) if (!bound.has(c)) bound.set(c, { dim: null, from: ops[i]!.label });
      continue;
    }
    if (s.length !== letters.length) {
      ctx.fail(`${ctx.name}: "${letters}" gives ${ops[i]!.label} ${letters.length} axes, but ${describe(ops[i]!.label, s)} has ${s.length}.`);
      return ctx.tensor(null);
    }
    for (let j = 0; j < letters.length; j++) {
      const c = letters[j]!;
      const d = s[j]!;
      const prev = bound.get(c);
      if (prev && prev.dim && d && dimsClash(prev.dim, d)) {
        ctx.fail(`${ctx.name}: index "${c}" is ${fmtDim(prev.dim)} in ${prev.from} but ${fmtDim(d)} in ${ops[i]!.label} ${fmtShape(s)}; a repeated index must have one size.`, { related: related([ops[i]!]) });
        return ctx.tensor(null);
      }
      if (!prev || (!prev.dim && d)) bound.set(c, { dim: d, from: `${ops[i]!.label} ${fmtShape(s)}` });
    }
  }
  let out = rhs;
  if (out === undefined) {
    const count = new Map<string, number>();
    for (const c of inputs.join("")) count.set(c, (count.get(c) ?? 0) + 1);
    out = [...count.entries()].filter(([, n]) => n === 1).map(([c]) => c).sort().join("");
  }
  const shape: (Dim | null)[] = [];
  for (const c of out) {
    const b = bound.get(c);
    if (!b) {
      ctx.fail(`${ctx.name}: output index "${c}" does not appear in any input of "${spec.val.v}".`);
      return ctx.tensor(null);
    }
    shape.push(b.dim);
  }
  return ctx.tensor(shape, `${ctx.name} "${spec.val.v}" of ${ops.map((o) => describe(o.label, shapeOf(o.val))).join(", ")}`);
}

/** diag of a vector [N] is [N, N]; diag of a matrix [N, M] is its diagonal [min(N, M)]. */
export function diagRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  const s = x ? shapeOf(x.val) : null;
  if (!x || !s || (ctx.args[1] && !(ctx.args[1].val.k === "num" && ctx.args[1].val.dim?.key === "0"))) return ctx.tensor(null);
  if (s.length === 1) return ctx.tensor([s[0]!, s[0]!], `${ctx.name} of ${describe(x.label, s)}`);
  if (s.length === 2) {
    const a = s[0]!;
    const b = s[1]!;
    return ctx.tensor([a && b && a.key === b.key ? a : null], `${ctx.name} of ${describe(x.label, s)}`);
  }
  ctx.fail(`${ctx.name} needs a vector or a matrix, but ${describe(x.label, s)} has ${s.length} axes.`);
  return ctx.tensor(null);
}

export function traceRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  const s = x ? shapeOf(x.val) : null;
  return ctx.tensor(s && s.length >= 2 ? s.slice(0, -2) : null, ctx.name);
}
