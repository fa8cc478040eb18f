// Shape inference over lowered statements. One StmtInferrer runs per top-level statement and writes
// its problems, hover notes and inlay hints into that statement's report; values flow through scopes.
import { constDim, dimsClash, mulDims, addDims, subDims, divDims, parseDim, singleName, substDim, symDim, type Dim } from "./dims";
import type { Expr, FnDecl, Pattern, ShapeAnn, Stmt } from "./ir";
import type { StmtReport } from "./report";
import type { RuleArg, RuleCtx } from "./rules/context";
import { LIB_RULES, METHOD_RULES, tensorProperty } from "./rules/table";
import { describe, shapeOf } from "./rules/shape-math";
import { LocalScope, type Scope } from "./scope";
import { fmtDim, fmtShape, fullyKnown, sameShape, UNKNOWN, type FnSig, type Origin, type ReduceInfo, type Shape, type Slot, type Val } from "./values";

/** Import sources that mean the student library. */
export function isLibrarySource(from: string): boolean {
  return from === "mathlab" || /(^|\/)lab(\/index)?(\.ts)?$/.test(from);
}

/** Short source form of an expression for messages. */
export function exprLabel(e: Expr): string {
  switch (e.k) {
    case "id":
      return e.name;
    case "num":
      return String(e.v);
    case "member":
      return `${exprLabel(e.obj)}.${e.prop}`;
    case "call":
      return `${exprLabel(e.callee)}(…)`;
    case "index":
      return `${exprLabel(e.obj)}[…]`;
    case "cast":
      return exprLabel(e.expr);
    case "arr":
      return "[…]";
    default:
      return "this value";
  }
}

/** Turns an annotation into a shape; "..." or "*rest" make the rank unknown. */
export function annShape(ann: ShapeAnn): Shape | null {
  if (ann.dims.some((d) => d.text === "..." || d.text.startsWith("*") || d.text.startsWith("#"))) return null;
  return ann.dims.map((d) => (d.text === "_" || d.text === "?" ? null : parseDim(d.text)));
}

interface FnFrame {
  readonly name: string;
  readonly declared: Val | null;
  readonly returns: Val[];
  /** Where each dimension name was first bound, for hover on dimension names. */
  readonly dimNotes: Map<string, string>;
}

type Journal = Map<string, { scope: Scope; old: Val | undefined }>;

export class StmtInferrer {
  private readonly journals: Journal[] = [];
  private readonly frames: FnFrame[] = [];
  private pendingShape: ShapeAnn | null = null;
  private depth = 0;

  constructor(private readonly slot: Slot, private readonly report: StmtReport, private readonly topDims: Map<string, string>) {}

  // ---- scopes with journals (if/else and loops merge what they assigned) ----

  private define(scope: Scope, name: string, v: Val): void {
    this.note(scope, name);
    scope.define(name, v);
  }

  private assign(scope: Scope, name: string, v: Val): void {
    this.note(scope, name);
    scope.set(name, v);
  }

  private note(scope: Scope, name: string): void {
    const j = this.journals[this.journals.length - 1];
    if (j && !j.has(name)) j.set(name, { scope, old: scope.get(name) });
  }

  private withJournal(run: () => void): Journal {
    const j: Journal = new Map();
    this.journals.push(j);
    try {
      run();
    } finally {
      this.journals.pop();
    }
    const outer = this.journals[this.journals.length - 1];
    if (outer) for (const [n, rec] of j) if (!outer.has(n)) outer.set(n, rec);
    return j;
  }

  // ---- statements ----

  stmts(list: readonly Stmt[], scope: Scope): void {
    for (const s of list) this.stmt(s, scope);
  }

  stmt(s: Stmt, scope: Scope): void {
    switch (s.k) {
      case "shapeDoc":
        this.pendingShape = s.shape;
        return;
      case "import":
        if (isLibrarySource(s.from)) {
          if (s.ns) this.define(scope, s.ns, { k: "lib", path: "" });
          for (const n of s.names) this.define(scope, n.local, n.imported === "default" ? { k: "lib", path: "" } : { k: "lib", path: n.imported });
        } else {
          if (s.ns) this.define(scope, s.ns, UNKNOWN);
          for (const n of s.names) this.define(scope, n.local, UNKNOWN);
        }
        break;
      case "decl":
        for (const d of s.decls) {
          const doc = this.pendingShape;
          this.pendingShape = null;
          const ann = d.shape ?? doc;
          let v = d.init ? this.expr(d.init, scope) : UNKNOWN;
          if (ann) v = this.declared(ann, v, d.target.k === "name" ? d.target.name : "this value", d.init, this.topDims);
          this.bindPattern(d.target, v, scope, !ann && !!d.init);
        }
        break;
      case "fn": {
        const v = this.fnValue(s.fn, scope);
        if (s.fn.name) this.define(scope, s.fn.name, v);
        break;
      }
      case "class":
        for (const m of s.methods) this.fnValue(m, scope);
        if (s.name) this.define(scope, s.name, UNKNOWN);
        break;
      case "return": {
        const v = s.value ? this.expr(s.value, scope) : UNKNOWN;
        const fr = this.frames[this.frames.length - 1];
        if (fr) {
          fr.returns.push(v);
          if (fr.declared && s.value) this.checkReturn(fr, v, s.value);
        }
        break;
      }
      case "expr":
        this.expr(s.expr, scope);
        break;
      case "block":
        this.stmts(s.body, scope);
        break;
      case "if": {
        this.expr(s.test, scope);
        const thenVals = new Map<string, Val | undefined>();
        const j1 = this.withJournal(() => this.stmts(s.then, scope));
        for (const [n, rec] of j1) {
          thenVals.set(n, rec.scope.get(n));
          if (rec.old !== undefined) rec.scope.set(n, rec.old);
        }
        const j2 = this.withJournal(() => this.stmts(s.else, scope));
        const names = new Set([...j1.keys(), ...j2.keys()]);
        for (const n of names) {
          const rec = j1.get(n) ?? j2.get(n)!;
          const a = j1.has(n) ? thenVals.get(n) : rec.old;
          const b = j2.has(n) ? rec.scope.get(n) : rec.old;
          rec.scope.set(n, a && b && (a === b || sameShape(a, b)) ? b : UNKNOWN);
        }
        break;
      }
      case "loop": {
        const j = this.withJournal(() => {
          this.stmts(s.init, scope);
          if (s.bind) this.bindPattern(s.bind.target, this.elementOf(this.expr(s.bind.of, scope)), scope, false);
          this.stmts(s.body, scope);
        });
        for (const [n, rec] of j) {
          const now = rec.scope.get(n);
          if (rec.old !== undefined && now !== undefined && now !== rec.old && !sameShape(now, rec.old)) rec.scope.set(n, UNKNOWN);
        }
        break;
      }
      case "other":
        for (const e of s.exprs) this.expr(e, scope);
        break;
    }
    this.pendingShape = null;
  }

  private elementOf(v: Val): Val {
    if (v.k === "tuple") return v.items.length && v.items.every((x) => sameShape(x, v.items[0]!)) ? v.items[0]! : UNKNOWN;
    if (v.k === "list") return v.elem;
    return UNKNOWN;
  }

  /** A declared shape checked against what the initializer gives; the declaration wins. */
  private declared(ann: ShapeAnn, v: Val, name: string, init: Expr | null, notes: Map<string, string>): Val {
    const shape = annShape(ann);
    this.dimHovers(ann, `\`${name}\``, notes);
    if (v.k === "tensor" && v.shape && shape && init) {
      const problem = shapeMismatch(shape, v.shape);
      if (problem) {
        this.problem(init.s, init.e, `${name} is declared ${fmtShape(shape)} but ${exprLabel(init)} gives ${fmtShape(v.shape)}: ${problem}.`,
          v.origin ? [{ origin: v.origin, message: `${fmtShape(v.shape)} comes from here` }] : []);
      }
    }
    return { k: "tensor", shape, origin: { slot: this.slot, s: ann.s, e: ann.e, what: `declared shape of ${name}` }, how: `${name}, declared ${fmtShape(shape)}` };
  }

  private dimHovers(ann: ShapeAnn, owner: string, notes: Map<string, string>): void {
    ann.dims.forEach((d, i) => {
      if (!/^[A-Za-z_$][\w$]*$/.test(d.text)) return;
      const first = notes.get(d.text);
      const here = `axis ${i} of ${owner}`;
      if (!first) notes.set(d.text, here);
      this.report.hovers.push({ s: d.s, e: d.e, text: first ? `dimension \`${d.text}\` — bound by ${first}; here it is ${here}` : `dimension \`${d.text}\` — bound here, by ${here}` });
    });
  }

  private checkReturn(fr: FnFrame, v: Val, at: Expr): void {
    const want = fr.declared!;
    if (want.k === "tensor" && v.k === "tensor" && want.shape && v.shape) {
      const problem = shapeMismatch(want.shape, v.shape);
      if (problem) {
        this.problem(at.s, at.e, `${fr.name} promises to return ${fmtShape(want.shape)} but this returns ${exprLabel(at)} ${fmtShape(v.shape)}: ${problem}.`,
          [...(want.origin ? [{ origin: want.origin, message: `the promised shape ${fmtShape(want.shape)}` }] : []), ...(v.origin ? [{ origin: v.origin, message: `${fmtShape(v.shape)} comes from here` }] : [])]);
      }
    }
    if (want.k === "tuple" && v.k === "tuple" && want.items.length === v.items.length) {
      want.items.forEach((w, i) => {
        const got = v.items[i]!;
        if (w.k === "tensor" && got.k === "tensor" && w.shape && got.shape) {
          const problem = shapeMismatch(w.shape, got.shape);
          if (problem) this.problem(at.s, at.e, `${fr.name} promises item ${i} of its result to be ${fmtShape(w.shape)} but it is ${fmtShape(got.shape)}: ${problem}.`, []);
        }
      });
    }
  }

  private problem(s: number, e: number, message: string, related: { origin: Origin; message: string }[], fixes: StmtReport["problems"][number]["fixes"] = []): void {
    if (this.report.problems.some((p) => p.s === s && p.e === e && p.message === message)) return;
    this.report.problems.push({ s, e, message, related, fixes });
  }

  private bindPattern(p: Pattern, v: Val, scope: Scope, hint: boolean): void {
    switch (p.k) {
      case "name":
        this.define(scope, p.name, v);
        if (v.k === "tensor" && v.shape) {
          this.report.hovers.push({ s: p.s, e: p.e, text: tensorHover(p.name, v) });
          if (hint) this.report.hints.push({ at: p.e, label: fmtShape(v.shape) });
        }
        return;
      case "arrpat":
        p.items.forEach((it, i) => {
          if (it) this.bindPattern(it, v.k === "tuple" ? v.items[i] ?? UNKNOWN : v.k === "list" ? v.elem : UNKNOWN, scope, hint);
        });
        return;
      case "objpat":
        for (const pr of p.props) {
          const item = v.k === "obj" ? v.props.get(pr.key) : v.k === "tuple" ? v.names?.get(pr.key) : undefined;
          this.bindPattern(pr.value, item ?? UNKNOWN, scope, hint);
        }
        return;
      default:
        return;
    }
  }

  // ---- functions ----

  fnValue(fn: FnDecl, scope: Scope): Val {
    const name = fn.name ?? "this function";
    const inner = new LocalScope(scope);
    const notes = new Map<string, string>();
    const params: FnSig["params"][number][] = [];
    for (const p of fn.params) {
      const pname = p.pat.k === "name" ? p.pat.name : "argument";
      let v: Val = UNKNOWN;
      let shape: Shape | null = null;
      if (p.shape) {
        shape = annShape(p.shape);
        this.dimHovers(p.shape, `parameter \`${pname}\` of \`${name}\``, notes);
        v = { k: "tensor", shape, origin: { slot: this.slot, s: p.shape.s, e: p.shape.e, what: `parameter ${pname} of ${name}` }, how: `parameter ${pname} of ${name}` };
      } else if (p.isNumber && p.pat.k === "name") {
        v = { k: "num", dim: symDim(p.pat.name) };
      } else if (p.init) v = this.expr(p.init, scope);
      params.push({ name: pname, shape, numDim: p.isNumber && p.pat.k === "name" ? p.pat.name : null, ann: p.shape });
      this.bindPattern(p.pat, v, inner, false);
    }
    let declared: Val | null = null;
    if (fn.ret) {
      const rs = annShape(fn.ret);
      this.dimHovers(fn.ret, `the result of \`${name}\``, notes);
      declared = { k: "tensor", shape: rs, origin: { slot: this.slot, s: fn.ret.s, e: fn.ret.e, what: `declared result of ${name}` }, how: `result of ${name}` };
    } else if (fn.retTuple) {
      declared = {
        k: "tuple", items: fn.retTuple.map((a) => {
          if (!a) return UNKNOWN;
          this.dimHovers(a, `the result of \`${name}\``, notes);
          return { k: "tensor", shape: annShape(a), origin: { slot: this.slot, s: a.s, e: a.e, what: `declared result of ${name}` }, how: `result of ${name}` } as Val;
        }),
      };
    }
    const frame: FnFrame = { name, declared, returns: [], dimNotes: notes };
    this.frames.push(frame);
    const savedJournals = this.journals.splice(0);
    try {
      if (Array.isArray(fn.body)) this.stmts(fn.body as readonly Stmt[], inner);
      else {
        const body = fn.body as Expr;
        const v = this.expr(body, inner);
        frame.returns.push(v);
        if (declared) this.checkReturn(frame, v, body);
      }
    } finally {
      this.frames.pop();
      this.journals.push(...savedJournals);
    }
    let result: Val = declared ?? UNKNOWN;
    if (!declared && frame.returns.length > 0) {
      const first = frame.returns[0]!;
      if (frame.returns.every((r) => r === first || sameShape(r, first))) result = first;
    }
    const sig: FnSig = { name, decl: fn, slot: this.slot, params, result };
    return { k: "fn", sig };
  }

  private userCall(sig: FnSig, call: Extract<Expr, { k: "call" }>, args: RuleArg[]): Val {
    const bound = new Map<string, { dim: Dim | null; from: string }>();
    for (let i = 0; i < sig.params.length && i < args.length; i++) {
      const p = sig.params[i]!;
      const a = args[i]!;
      if (p.numDim && a.val.k === "num") {
        bound.set(p.numDim, { dim: a.val.dim, from: a.label });
        continue;
      }
      if (!p.shape || a.val.k !== "tensor" || !a.val.shape) {
        if (p.shape) for (const d of p.shape) { const n = d && singleName(d); if (n && !bound.has(n)) bound.set(n, { dim: null, from: a.label }); }
        continue;
      }
      const got = a.val.shape;
      const related = [
        ...(a.val.origin ? [{ origin: a.val.origin, message: `${describe(a.label, got)} gets its shape here` }] : []),
        { origin: { slot: sig.slot, s: p.ann?.s ?? sig.decl.ns, e: p.ann?.e ?? sig.decl.ne, what: "" }, message: `${sig.name} declares ${p.name} as ${fmtShape(p.shape)}` },
      ];
      if (got.length !== p.shape.length) {
        this.problem(a.expr.s, a.expr.e, `${sig.name} expects ${p.name} with ${p.shape.length} ${p.shape.length === 1 ? "axis" : "axes"} ${fmtShape(p.shape)}, but ${describe(a.label, got)} has ${got.length}.`, related);
        continue;
      }
      for (let j = 0; j < got.length; j++) {
        const want = p.shape[j]!;
        const g = got[j]!;
        if (!want) continue;
        const n = singleName(want);
        if (n && !bound.has(n)) {
          bound.set(n, { dim: g, from: `${a.label} ${fmtShape(got)}` });
          continue;
        }
        const expected = substDim(want, (x) => bound.get(x)?.dim);
        if (expected && g && dimsClash(expected, g)) {
          const why = n ? `${n} is already ${fmtDim(expected)} from ${bound.get(n)!.from}` : `${fmtDim(want)} is ${fmtDim(expected)} here`;
          this.problem(a.expr.s, a.expr.e, `${sig.name} expects ${p.name} to be ${fmtShape(p.shape)}, but ${describe(a.label, got)} has ${fmtDim(g)} on axis ${j}: ${why}.`, related);
          break;
        }
      }
    }
    const subst = (v: Val): Val => {
      if (v.k === "tensor") {
        const shape = v.shape ? v.shape.map((d) => (d ? substDim(d, (x) => bound.get(x)?.dim) : null)) : null;
        return { k: "tensor", shape, origin: { slot: this.slot, s: call.s, e: call.e, what: `result of ${sig.name}` }, how: `result of ${sig.name}(${args.map((a) => describe(a.label, shapeOf(a.val))).join(", ")})` };
      }
      if (v.k === "tuple") return { k: "tuple", items: v.items.map(subst) };
      if (v.k === "num") return { k: "num", dim: v.dim ? substDim(v.dim, (x) => bound.get(x)?.dim) : null };
      return UNKNOWN;
    };
    return subst(sig.result);
  }

  // ---- expressions ----

  expr(e: Expr, scope: Scope): Val {
    if (++this.depth > 400) {
      this.depth--;
      return UNKNOWN;
    }
    try {
      return this.exprInner(e, scope);
    } finally {
      this.depth--;
    }
  }

  private exprInner(e: Expr, scope: Scope): Val {
    switch (e.k) {
      case "num":
        return { k: "num", dim: Number.isFinite(e.v) ? constDim(e.v) : null };
      case "str":
        return { k: "str", v: e.v };
      case "bool":
        return { k: "bool" };
      case "id": {
        if (e.name === "undefined" || e.name === "null") return { k: "lib", path: "null" };
        const v = scope.get(e.name) ?? UNKNOWN;
        if (v.k === "tensor" && v.shape) this.report.hovers.push({ s: e.s, e: e.e, text: tensorHover(e.name, v) });
        return v;
      }
      case "member": {
        const obj = this.expr(e.obj, scope);
        const v = this.member(obj, e.prop, e);
        if (v.k === "tensor" && v.shape && (e.prop === "T")) this.report.hovers.push({ s: e.s, e: e.e, text: tensorHover(exprLabel(e), v) });
        return v;
      }
      case "index": {
        const obj = this.expr(e.obj, scope);
        const idx = this.expr(e.index, scope);
        if (obj.k === "tuple" && idx.k === "num" && idx.dim) {
          const i = idx.dim.terms.length === 0 ? 0 : idx.dim.terms.length === 1 && idx.dim.terms[0]!.factors.length === 0 ? idx.dim.terms[0]!.coef : undefined;
          if (i !== undefined && Number.isInteger(i) && i >= 0) return obj.items[i] ?? UNKNOWN;
        }
        if (obj.k === "list") return obj.elem;
        return UNKNOWN;
      }
      case "call":
        return this.call(e, scope);
      case "arr": {
        const items: Val[] = [];
        let spread = false;
        for (const it of e.items) {
          const v = this.expr(it, scope);
          if (it.k === "spread") {
            if (v.k === "tuple") items.push(...v.items);
            else spread = true;
          } else items.push(v);
        }
        return spread ? UNKNOWN : { k: "tuple", items };
      }
      case "obj": {
        const props = new Map<string, Val>();
        for (const p of e.props) props.set(p.key, this.expr(p.value, scope));
        return { k: "obj", props };
      }
      case "bin": {
        const l = this.expr(e.l, scope);
        const r = this.expr(e.r, scope);
        if (l.k === "num" && r.k === "num") {
          if (!l.dim || !r.dim) return { k: "num", dim: null };
          switch (e.op) {
            case "+": return { k: "num", dim: addDims(l.dim, r.dim) };
            case "-": return { k: "num", dim: subDims(l.dim, r.dim) };
            case "*": return { k: "num", dim: mulDims(l.dim, r.dim) };
            case "/": return { k: "num", dim: divDims(l.dim, r.dim) };
            default: return { k: "num", dim: null };
          }
        }
        if (["<", ">", "<=", ">=", "==", "===", "!=", "!==", "&&", "||", "??", "instanceof", "in"].includes(e.op)) {
          if (e.op === "&&" || e.op === "||" || e.op === "??") return r.k === l.k && sameShape(l, r) ? r : UNKNOWN;
          return { k: "bool" };
        }
        return l.k === "num" || r.k === "num" ? { k: "num", dim: null } : UNKNOWN;
      }
      case "unary": {
        const a = this.expr(e.arg, scope);
        if (e.op === "-" && a.k === "num") return { k: "num", dim: a.dim ? subDims(constDim(0), a.dim) : null };
        if (e.op === "+" && a.k === "num") return a;
        if (e.op === "!") return { k: "bool" };
        return e.op === "typeof" ? { k: "str", v: "" } : UNKNOWN;
      }
      case "cond": {
        this.expr(e.test, scope);
        const a = this.expr(e.a, scope);
        const b = this.expr(e.b, scope);
        return a === b || sameShape(a, b) ? a : UNKNOWN;
      }
      case "cast": {
        const v = this.expr(e.expr, scope);
        if (!e.shape) return v.k === "tensor" ? v : UNKNOWN;
        return this.declared(e.shape, v, exprLabel(e.expr), null, this.frames[this.frames.length - 1]?.dimNotes ?? this.topDims);
      }
      case "assign": {
        const v = this.expr(e.value, scope);
        if (e.target.k === "id") {
          if (e.op === "=") {
            this.assign(scope, e.target.name, v);
            if (v.k === "tensor" && v.shape) this.report.hovers.push({ s: e.target.s, e: e.target.e, text: tensorHover(e.target.name, v) });
          } else {
            const old = scope.get(e.target.name);
            this.assign(scope, e.target.name, old && old.k === "num" && v.k === "num" ? { k: "num", dim: null } : UNKNOWN);
          }
        } else this.expr(e.target, scope);
        return v;
      }
      case "fn":
        return this.fnValue(e.fn, scope);
      case "spread":
        return this.expr(e.arg, scope);
      case "other":
        for (const p of e.parts) this.expr(p, scope);
        return UNKNOWN;
    }
  }

  private member(obj: Val, prop: string, e: Extract<Expr, { k: "member" }>): Val {
    switch (obj.k) {
      case "lib": {
        if (obj.path === "null") return UNKNOWN;
        const path = obj.path ? `${obj.path}.${prop}` : prop;
        return { k: "lib", path };
      }
      case "tensor": {
        if (prop === "T") {
          const shape = obj.shape ? [...obj.shape].reverse() : null;
          return { k: "tensor", shape, origin: { slot: this.slot, s: e.s, e: e.e, what: `${exprLabel(e)}` }, how: `transpose of ${describe(exprLabel(e.obj), obj.shape)}` };
        }
        const p = tensorProperty(obj.shape, prop);
        if (p) return p;
        if (METHOD_RULES.has(prop)) return { k: "method", recv: obj, name: prop };
        return UNKNOWN;
      }
      case "tuple":
        if (prop === "length") return { k: "num", dim: constDim(obj.items.length) };
        return obj.names?.get(prop) ?? UNKNOWN;
      case "obj":
        return obj.props.get(prop) ?? UNKNOWN;
      default:
        return UNKNOWN;
    }
  }

  private call(e: Extract<Expr, { k: "call" }>, scope: Scope): Val {
    const callee = this.expr(e.callee, scope);
    const args: RuleArg[] = [];
    let spread = false;
    for (const a of e.args) {
      const v = this.expr(a, scope);
      if (a.k === "spread") spread = true;
      args.push({ val: v, expr: a, label: exprLabel(a) });
    }
    if (spread) return UNKNOWN;
    let result: Val = UNKNOWN;
    if (callee.k === "lib") {
      const rule = LIB_RULES.get(callee.path);
      if (rule) result = rule(this.ruleCtx(exprLabel(e.callee), args, e));
    } else if (callee.k === "method" && e.callee.k === "member") {
      const path = METHOD_RULES.get(callee.name)!;
      const rule = LIB_RULES.get(path);
      const recv: RuleArg = { val: callee.recv, expr: e.callee.obj, label: exprLabel(e.callee.obj) };
      if (rule) result = rule(this.ruleCtx(exprLabel(e.callee), [recv, ...args], e));
    } else if (callee.k === "fn") {
      result = this.userCall(callee.sig, e, args);
    }
    if (result.k === "tensor" && result.shape) this.report.hovers.push({ s: e.s, e: e.e, text: tensorHover(null, result) });
    return result;
  }

  private ruleCtx(name: string, args: RuleArg[], call: Extract<Expr, { k: "call" }>): RuleCtx {
    const slot = this.slot;
    return {
      name, args, call, slot,
      fail: (message, extra) => {
        const at = extra?.at ?? call;
        this.problem(at.s, at.e, message, extra?.related ?? [], extra?.fixes ?? []);
      },
      tensor: (shape: Shape | null, how?: string, reduce?: ReduceInfo): Val => ({
        k: "tensor", shape, origin: { slot, s: call.s, e: call.e, what: `result of ${name}` }, how: how ?? name, ...(reduce ? { reduce } : {}),
      }),
    };
  }
}

/** Why `got` does not fit `want` (rank or a clashing dimension), or null if it may fit. */
export function shapeMismatch(want: Shape, got: Shape): string | null {
  if (want.length !== got.length) return `${want.length} axes vs ${got.length}`;
  for (let i = 0; i < want.length; i++) {
    const a = want[i];
    const b = got[i];
    if (a && b && dimsClash(a, b)) return `axis ${i} is ${fmtDim(b)}, not ${fmtDim(a)}`;
  }
  return null;
}

export function tensorHover(name: string | null, v: Extract<Val, { k: "tensor" }>): string {
  const shape = `\`${fmtShape(v.shape)}\``;
  const how = v.how && v.how !== name ? v.how : "";
  if (name) return how ? `${shape} — \`${name}\`: ${how}` : `${shape} — \`${name}\``;
  return how ? `${shape} — ${how}` : shape;
}

export { fullyKnown };
