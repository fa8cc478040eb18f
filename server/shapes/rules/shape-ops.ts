// Shape operations: reshape (with -1 and dimension arithmetic), transpose, expandDims, squeeze,
// concatenate, stack, split, broadcastTo, flatten, and NumPy-style slicing.
import { addDims, constDim, dimsClash, dimValue, divDims, subDims, type Dim } from "../dims";
import { fmtDim, fmtShape, type Val } from "../values";
import type { RuleCtx } from "./context";
import { axesArg, broadcast, describe, intOf, isOne, normAxis, shapeArg, shapeOf, sizeOf } from "./shape-math";

/** Collects `f(x, 2, 3)` or `f(x, [2, 3])` into one list of values. */
function restAsList(ctx: RuleCtx, from: number): Val | undefined {
  const rest = ctx.args.slice(from);
  if (rest.length === 1) return rest[0]!.val;
  if (rest.length === 0) return undefined;
  return { k: "tuple", items: rest.map((r) => r.val) };
}

export function reshapeRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  if (!x) return ctx.tensor(null);
  const s = shapeOf(x.val);
  const target = shapeArg(restAsList(ctx, 1));
  if (!target) return ctx.tensor(null);
  const how = `${ctx.name} of ${describe(x.label, s)}`;
  const total = sizeOf(s);
  const minus = target.findIndex((d) => !!d && dimValue(d) === -1);
  if (minus >= 0) {
    const others = target.filter((_, i) => i !== minus);
    const known = sizeOf(others);
    const inferred = total && known ? divDims(total, known) : null;
    const v = inferred ? dimValue(inferred) : undefined;
    if (inferred && v !== undefined && (!Number.isInteger(v) || v < 0)) {
      ctx.fail(`${ctx.name} can't reshape ${describe(x.label, s)} (${fmtDim(total)} values) into ${fmtShape(target)}: ${fmtDim(total)} is not a multiple of ${fmtDim(known)}.`);
      return ctx.tensor(null, how);
    }
    return ctx.tensor(target.map((d, i) => (i === minus ? inferred : d)), how);
  }
  const want = sizeOf(target);
  if (total && want && dimsClash(total, want)) {
    ctx.fail(`${ctx.name} can't reshape ${describe(x.label, s)} into ${fmtShape(target)}: the first has ${fmtDim(total)} values, the second ${fmtDim(want)}. A reshape keeps the number of values.`,
      { related: x.val.k === "tensor" && x.val.origin ? [{ origin: x.val.origin, message: `${describe(x.label, s)} gets its shape here` }] : [] });
    return ctx.tensor(null, how);
  }
  return ctx.tensor(target, how);
}

export function flattenRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  const s = x ? shapeOf(x.val) : null;
  return ctx.tensor(s ? [sizeOf(s)] : null, x ? `${ctx.name} of ${describe(x.label, s)}` : ctx.name);
}

export function transposeRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  if (!x) return ctx.tensor(null);
  const s = shapeOf(x.val);
  if (!s) return ctx.tensor(null);
  const how = `${ctx.name} of ${describe(x.label, s)}`;
  const axesVal = restAsList(ctx, 1);
  if (!axesVal || (axesVal.k === "tuple" && axesVal.items.length === 0)) return ctx.tensor([...s].reverse(), how);
  const axes = axesArg(axesVal);
  if (!axes || axes === "none") return ctx.tensor(null, how);
  if (axes.length !== s.length) {
    ctx.fail(`${ctx.name}: the axes [${axes.join(", ")}] must list each of the ${s.length} axes of ${describe(x.label, s)} exactly once.`);
    return ctx.tensor(null, how);
  }
  const norm = axes.map((a) => normAxis(a, s.length));
  if (norm.some((a) => a === null) || new Set(norm).size !== norm.length) {
    ctx.fail(`${ctx.name}: the axes [${axes.join(", ")}] are not a permutation of 0..${s.length - 1} for ${describe(x.label, s)}.`);
    return ctx.tensor(null, how);
  }
  return ctx.tensor(norm.map((a) => s[a!]!), how);
}

export function expandDimsRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  if (!x) return ctx.tensor(null);
  const s = shapeOf(x.val);
  const axes = axesArg(ctx.args[1]?.val);
  if (!s || !axes || axes === "none") return ctx.tensor(null);
  const n = s.length + axes.length;
  const norm = axes.map((a) => normAxis(a, n));
  if (norm.some((a) => a === null)) {
    ctx.fail(`${ctx.name}: axis ${axes.join(", ")} is out of range for the result of ${describe(x.label, s)} (${n} axes).`);
    return ctx.tensor(null);
  }
  const out: (Dim | null)[] = [];
  let k = 0;
  for (let i = 0; i < n; i++) out.push(norm.includes(i) ? constDim(1) : s[k++]!);
  return ctx.tensor(out, `${ctx.name} of ${describe(x.label, s)}`);
}

export function squeezeRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  if (!x) return ctx.tensor(null);
  const s = shapeOf(x.val);
  if (!s) return ctx.tensor(null);
  const how = `${ctx.name} of ${describe(x.label, s)}`;
  const axes = axesArg(ctx.args[1]?.val);
  if (axes === null) return ctx.tensor(null, how);
  if (axes === "none") {
    if (s.some((d) => d === null)) return ctx.tensor(null, how);
    return ctx.tensor(s.filter((d) => !isOne(d)), how);
  }
  const norm: number[] = [];
  for (const a of axes) {
    const i = normAxis(a, s.length);
    if (i === null) {
      ctx.fail(`${ctx.name}: axis ${a} is out of range for ${describe(x.label, s)}.`);
      return ctx.tensor(null, how);
    }
    const d = s[i];
    const v = d ? dimValue(d) : undefined;
    if (v !== undefined && v !== 1) {
      ctx.fail(`${ctx.name} can only remove axes of size 1, but axis ${a} of ${describe(x.label, s)} has size ${v}.`);
      return ctx.tensor(null, how);
    }
    norm.push(i);
  }
  return ctx.tensor(s.filter((_, i) => !norm.includes(i)), how);
}

function listItems(v: Val | undefined): Val[] | null {
  if (!v) return null;
  if (v.k === "tuple") return [...v.items];
  return null;
}

export function concatenateRule(ctx: RuleCtx): Val {
  const items = listItems(ctx.args[0]?.val);
  if (!items || items.length === 0) return ctx.tensor(null);
  const axis = ctx.args[1] ? intOf(optAxis(ctx.args[1].val)) : 0;
  const shapes = items.map(shapeOf);
  if (axis === undefined || shapes.some((s) => !s)) return ctx.tensor(null);
  const first = shapes[0]!;
  const ax = normAxis(axis, first.length);
  if (ax === null) {
    ctx.fail(`${ctx.name}: axis ${axis} is out of range for ${fmtShape(first)}.`);
    return ctx.tensor(null);
  }
  let total: Dim | null = first[ax]!;
  for (let i = 1; i < shapes.length; i++) {
    const s = shapes[i]!;
    if (s.length !== first.length) {
      ctx.fail(`${ctx.name} needs tensors with the same number of axes, but item 0 is ${fmtShape(first)} and item ${i} is ${fmtShape(s)}.`);
      return ctx.tensor(null);
    }
    for (let j = 0; j < s.length; j++) {
      if (j === ax) continue;
      const a = first[j]!;
      const b = s[j]!;
      if (a && b && dimsClash(a, b)) {
        ctx.fail(`${ctx.name} along axis ${ax}: every other axis must match, but axis ${j} is ${fmtDim(a)} in item 0 ${fmtShape(first)} and ${fmtDim(b)} in item ${i} ${fmtShape(s)}.`);
        return ctx.tensor(null);
      }
    }
    total = total && s[ax] ? addDims(total, s[ax]!) : null;
  }
  return ctx.tensor(first.map((d, j) => (j === ax ? total : d)), `${ctx.name} of ${shapes.map((s) => fmtShape(s)).join(", ")} along axis ${ax}`);
}

function optAxis(v: Val): Val {
  return v.k === "obj" ? v.props.get("axis") ?? { k: "num", dim: constDim(0) } : v;
}

export function stackRule(ctx: RuleCtx): Val {
  const items = listItems(ctx.args[0]?.val);
  if (!items || items.length === 0) return ctx.tensor(null);
  const axis = ctx.args[1] ? intOf(optAxis(ctx.args[1].val)) : 0;
  const shapes = items.map(shapeOf);
  if (axis === undefined || shapes.some((s) => !s)) return ctx.tensor(null);
  const first = shapes[0]!;
  for (let i = 1; i < shapes.length; i++) {
    const s = shapes[i]!;
    const clash = s.length !== first.length || s.some((d, j) => d && first[j] && dimsClash(d, first[j]!));
    if (clash) {
      ctx.fail(`${ctx.name} needs tensors of one shape, but item 0 is ${fmtShape(first)} and item ${i} is ${fmtShape(s)}.`);
      return ctx.tensor(null);
    }
  }
  const ax = normAxis(axis, first.length + 1);
  if (ax === null) {
    ctx.fail(`${ctx.name}: axis ${axis} is out of range for stacking ${fmtShape(first)} tensors.`);
    return ctx.tensor(null);
  }
  const out: (Dim | null)[] = [...first];
  out.splice(ax, 0, constDim(items.length));
  return ctx.tensor(out, `${ctx.name} of ${items.length} × ${fmtShape(first)} on axis ${ax}`);
}

export function splitRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  const spec = ctx.args[1]?.val;
  if (!x || !spec) return { k: "unknown" };
  const s = shapeOf(x.val);
  const axis = ctx.args[2] ? intOf(optAxis(ctx.args[2].val)) : 0;
  if (!s || axis === undefined) return { k: "unknown" };
  const ax = normAxis(axis, s.length);
  if (ax === null) {
    ctx.fail(`${ctx.name}: axis ${axis} is out of range for ${describe(x.label, s)}.`);
    return { k: "unknown" };
  }
  const d = s[ax]!;
  const piece = (len: Dim | null): Val => ctx.tensor(s.map((q, j) => (j === ax ? len : q)), `a piece of ${ctx.name} of ${describe(x.label, s)}`);
  const sections = intOf(spec);
  if (sections !== undefined) {
    if (sections <= 0 || sections > 256) return { k: "unknown" };
    const len = d ? divDims(d, constDim(sections)) : null;
    const v = len ? dimValue(len) : undefined;
    if (v !== undefined && !Number.isInteger(v)) {
      ctx.fail(`${ctx.name} can't cut axis ${ax} of ${describe(x.label, s)} (size ${fmtDim(d)}) into ${sections} equal pieces.`);
      return { k: "unknown" };
    }
    return { k: "tuple", items: Array.from({ length: sections }, () => piece(len)) };
  }
  if (spec.k === "tuple") {
    const cuts: (Dim | null)[] = spec.items.map((it) => (it.k === "num" ? it.dim : null));
    const bounds = [constDim(0), ...cuts, d];
    const items: Val[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const a = bounds[i];
      const b = bounds[i + 1];
      items.push(piece(a && b ? subDims(b, a) : null));
    }
    return { k: "tuple", items };
  }
  return { k: "unknown" };
}

export function broadcastToRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  const target = shapeArg(ctx.args[1]?.val);
  if (!x || !target) return ctx.tensor(null);
  const s = shapeOf(x.val);
  if (!s) return ctx.tensor(target);
  const r = broadcast(s, target);
  if (r.clash || s.length > target.length) {
    ctx.fail(`${ctx.name} can't stretch ${describe(x.label, s)} to ${fmtShape(target)}: lined up from the right, each dim must equal the target's or be 1.`);
    return ctx.tensor(null);
  }
  return ctx.tensor(target, `${ctx.name} of ${describe(x.label, s)}`);
}

/** x.slice(0), x.slice(":", "1:3"), x.slice("::-1"), x.slice("...", 0), null adds an axis. */
export function sliceRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  if (!x) return ctx.tensor(null);
  const s = shapeOf(x.val);
  if (!s) return ctx.tensor(null);
  const parts = ctx.args.slice(1).map((a) => a.val);
  const expanded: Val[] = [];
  const ell = parts.findIndex((p) => p.k === "str" && p.v.trim() === "...");
  const consumed = parts.filter((p) => !(p.k === "str" && p.v.trim() === "...") && !(p.k === "unknown")).filter((p) => !isNullVal(p)).length;
  if (parts.some((p) => p.k === "unknown" || p.k === "tensor" || p.k === "tuple")) return ctx.tensor(null);
  for (let i = 0; i < parts.length; i++) {
    if (i === ell) for (let j = 0; j < s.length - consumed; j++) expanded.push({ k: "str", v: ":" });
    else expanded.push(parts[i]!);
  }
  const out: (Dim | null)[] = [];
  let axis = 0;
  for (const p of expanded) {
    if (isNullVal(p)) {
      out.push(constDim(1));
      continue;
    }
    if (axis >= s.length) {
      ctx.fail(`${ctx.name}: too many indices for ${describe(x.label, s)} (${s.length} axes).`);
      return ctx.tensor(null);
    }
    const d = s[axis++]!;
    if (p.k === "num") continue;
    if (p.k !== "str") return ctx.tensor(null);
    const len = sliceLength(p.v, d);
    if (len === undefined) {
      if (/^\s*-?\d+\s*$/.test(p.v)) continue;
      return ctx.tensor(null);
    }
    out.push(len);
  }
  while (axis < s.length) out.push(s[axis++]!);
  return ctx.tensor(out, `${ctx.name} of ${describe(x.label, s)}`);
}

function isNullVal(v: Val): boolean {
  return v.k === "lib" && v.path === "null";
}

/** Length of "a:b:c" over a dimension; undefined for a plain index, null when not knowable. */
function sliceLength(text: string, d: Dim | null): Dim | null | undefined {
  const t = text.replace(/\s+/g, "");
  if (!t.includes(":")) return undefined;
  const [a = "", b = "", c = ""] = t.split(":");
  const step = c === "" ? 1 : Number(c);
  if (!Number.isInteger(step) || step === 0) return null;
  if (a === "" && b === "") {
    if (step === 1 || step === -1) return d;
    const n = d ? dimValue(d) : undefined;
    return n === undefined ? null : constDim(Math.ceil(n / Math.abs(step)));
  }
  const n = d ? dimValue(d) : undefined;
  if (n === undefined) {
    // Symbolic size: only "k:" and ":-k" style slices with unit step have a symbolic length.
    if (step !== 1 || !d) return null;
    const lo = a === "" ? 0 : Number(a);
    const hi = b === "" ? null : Number(b);
    if (!Number.isInteger(lo)) return null;
    if (hi === null) return lo >= 0 ? subDims(d, constDim(lo)) : constDim(-lo);
    if (!Number.isInteger(hi)) return null;
    if (lo >= 0 && hi < 0) return subDims(d, constDim(lo - hi));
    if (lo >= 0 && hi >= 0) return null;
    return null;
  }
  const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));
  let start: number;
  let stop: number;
  if (step > 0) {
    start = a === "" ? 0 : Number(a) < 0 ? clamp(n + Number(a), 0, n) : clamp(Number(a), 0, n);
    stop = b === "" ? n : Number(b) < 0 ? clamp(n + Number(b), 0, n) : clamp(Number(b), 0, n);
    if (!Number.isFinite(start) || !Number.isFinite(stop)) return null;
    return constDim(Math.max(0, Math.ceil((stop - start) / step)));
  }
  start = a === "" ? n - 1 : Number(a) < 0 ? clamp(n + Number(a), -1, n - 1) : clamp(Number(a), -1, n - 1);
  stop = b === "" ? -1 : Number(b) < 0 ? clamp(n + Number(b), -1, n - 1) : clamp(Number(b), -1, n - 1);
  if (!Number.isFinite(start) || !Number.isFinite(stop)) return null;
  return constDim(Math.max(0, Math.ceil((start - stop) / -step)));
}

export function swapaxesRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  const s = x ? shapeOf(x.val) : null;
  const a = intOf(ctx.args[1]?.val);
  const b = intOf(ctx.args[2]?.val);
  if (!x || !s || a === undefined || b === undefined) return ctx.tensor(null);
  const i = normAxis(a, s.length);
  const j = normAxis(b, s.length);
  if (i === null || j === null) {
    ctx.fail(`${ctx.name}: axis ${i === null ? a : b} is out of range for ${describe(x.label, s)}.`);
    return ctx.tensor(null);
  }
  const out = [...s];
  out[i] = s[j]!;
  out[j] = s[i]!;
  return ctx.tensor(out, `${ctx.name} of ${describe(x.label, s)}`);
}

export function moveaxisRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  const s = x ? shapeOf(x.val) : null;
  const a = intOf(ctx.args[1]?.val);
  const b = intOf(ctx.args[2]?.val);
  if (!x || !s || a === undefined || b === undefined) return ctx.tensor(null);
  const i = normAxis(a, s.length);
  const j = normAxis(b, s.length);
  if (i === null || j === null) {
    ctx.fail(`${ctx.name}: axis ${i === null ? a : b} is out of range for ${describe(x.label, s)}.`);
    return ctx.tensor(null);
  }
  const out = [...s];
  const [d] = out.splice(i, 1);
  out.splice(j, 0, d!);
  return ctx.tensor(out, `${ctx.name} of ${describe(x.label, s)}`);
}

/** vstack: 1-D items become rows; hstack: 1-D items join end to end, others along axis 1. */
export function stackAlongRule(which: "v" | "h") {
  return (ctx: RuleCtx): Val => {
    const items = listItems(ctx.args[0]?.val);
    if (!items || items.length === 0) return ctx.tensor(null);
    const shapes = items.map(shapeOf);
    if (shapes.some((s) => !s)) return ctx.tensor(null);
    const lifted = shapes.map((s) => (which === "v" && s!.length < 2 ? [constDim(1), ...(s!.length ? s! : [constDim(1)])] : s!));
    const axis = which === "v" || lifted[0]!.length === 1 ? 0 : 1;
    const inner: RuleCtx = { ...ctx, args: [{ ...ctx.args[0]!, val: { k: "tuple", items: lifted.map((s) => ({ k: "tensor", shape: s, origin: null, how: "" }) as Val) } }, { val: { k: "num", dim: constDim(axis) }, expr: ctx.args[0]!.expr, label: String(axis) }] };
    return concatenateRule(inner);
  };
}

export function flipRule(ctx: RuleCtx): Val {
  const x = ctx.args[0];
  const s = x ? shapeOf(x.val) : null;
  return ctx.tensor(s, x ? `${ctx.name} of ${describe(x.label, s)}` : ctx.name);
}

/** tile, repeat, take, takeAlongAxis: a tensor whose sizes are not tracked. */
export function untrackedRule(ctx: RuleCtx): Val {
  return ctx.tensor(null, ctx.name);
}
