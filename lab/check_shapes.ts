// checkShapes: run-time shape contracts that bind dimension names across a function's arguments
// and its result, in the spirit of jaxtyping.
//
//   const pca = np.checkShapes("N D, k -> N k", function pca(X: T<"N D">, k: number) { ... });
//
// Spec grammar: the argument specs separated by commas, "->", then the result spec (several
// comma-separated specs when the function returns an array of tensors). A spec lists the axes:
// a name binds a dimension ("N"), a number fixes it ("3"), "_" accepts any size, "..." accepts any
// number of leading axes; an empty spec means a 0-d tensor. For a plain number argument a spec of
// one name binds that name to the number ("k" above); "_" skips an argument entirely. Bindings are
// fresh for every call, so calling pca with different N each time is fine.
import { Tensor } from "./tensor";
import { fmtShape, ShapeError, ValueError } from "./errors";
import { guard } from "./withheld";

/** Shape contract: a "X, Y -> Z" string, or the argument specs and result spec separately. */
export type ShapeSpec = string | { args: readonly string[]; returns?: string | readonly string[] };

interface Parsed { args: string[][]; returns: string[][] | null }

function tokens(spec: string): string[] {
  return spec.trim() === "" ? [] : spec.trim().split(/\s+/);
}

function parseSpec(spec: ShapeSpec): Parsed {
  if (typeof spec !== "string") {
    const r = spec.returns;
    return { args: spec.args.map(tokens), returns: r === undefined ? null : (typeof r === "string" ? [r] : [...r]).map(tokens) };
  }
  const parts = spec.split("->");
  if (parts.length > 2) throw new ValueError(`checkShapes: spec "${spec}" has "->" more than once`);
  const args = parts[0]!.trim() === "" ? [] : parts[0]!.split(",").map(tokens);
  const returns = parts.length === 2 ? parts[1]!.split(",").map(tokens) : null;
  return { args, returns };
}

/** Best-effort parameter names of a function, for messages. */
function paramNames(fn: (...args: any[]) => unknown): string[] {
  const src = Function.prototype.toString.call(fn);
  const open = src.indexOf("(");
  if (open < 0) { const m = /^\s*(?:async\s+)?([\w$]+)\s*=>/.exec(src); return m ? [m[1]!] : []; }
  let depth = 0, end = open;
  for (; end < src.length; end++) {
    const c = src[end];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") { depth--; if (depth === 0) break; }
  }
  const inner = src.slice(open + 1, end);
  const names: string[] = [];
  let cur = "", d = 0;
  for (const c of inner + ",") {
    if ("([{".includes(c)) d++;
    if (")]}".includes(c)) d--;
    if (c === "," && d === 0) { names.push(cur.trim().split(/[\s=:]/)[0]!.replace(/^\.\.\./, "")); cur = ""; } else cur += c;
  }
  return names.filter((n) => n !== "");
}

class Binder {
  readonly dims = new Map<string, { value: number; where: string }>();
  readonly packs = new Map<string, { value: number[]; where: string }>();

  constructor(private readonly fname: string) {}

  fail(msg: string): never {
    throw new ShapeError(`${this.fname}: ${msg}`);
  }

  bindNumber(name: string, value: number, where: string): void {
    this.bindDim(name, value, where);
  }

  private bindDim(name: string, value: number, axisWhere: string): void {
    const prev = this.dims.get(name);
    if (prev === undefined) this.dims.set(name, { value, where: axisWhere });
    else if (prev.value !== value) {
      this.fail(`dimension ${name} is ${prev.value} from ${prev.where} but ${value} in ${axisWhere}`);
    }
  }

  match(shape: readonly number[], spec: readonly string[], where: string): void {
    const specText = `"${spec.join(" ")}"`;
    const ell = spec.findIndex((s) => s === "..." || s.startsWith("*"));
    const fixed = spec.length - (ell >= 0 ? 1 : 0);
    if (ell < 0 ? shape.length !== spec.length : shape.length < fixed) {
      this.fail(`${where} should have shape ${specText} (${ell < 0 ? "" : "at least "}${fixed} ax${fixed === 1 ? "is" : "es"}) but has shape ${fmtShape(shape)} (${shape.length} ax${shape.length === 1 ? "is" : "es"})`);
    }
    const extra = shape.length - fixed;
    let ax = 0;
    spec.forEach((s, i) => {
      if (i === ell) {
        const sub = shape.slice(ax, ax + extra);
        if (s.startsWith("*") && s.length > 1) {
          const name = s.slice(1), prev = this.packs.get(name);
          if (prev === undefined) this.packs.set(name, { value: sub, where });
          else if (fmtShape(prev.value) !== fmtShape(sub)) this.fail(`axes ${s} are ${fmtShape(prev.value)} from ${prev.where} but ${fmtShape(sub)} in ${where}`);
        }
        ax += extra;
        return;
      }
      const d = shape[ax]!;
      const axWhere = `${where}, axis ${ax}`;
      if (s === "_") { /* any size */ } else if (/^\d+$/.test(s)) {
        if (d !== Number(s)) this.fail(`${where} should have shape ${specText} but has shape ${fmtShape(shape)}: axis ${ax} must be ${s} but is ${d}`);
      } else {
        const prev = this.dims.get(s);
        if (prev !== undefined && prev.value !== d) {
          this.fail(`${where} should have shape ${specText} but has shape ${fmtShape(shape)}: axis ${ax} is dimension ${s}, which is ${prev.value} (from ${prev.where}) but is ${d} here`);
        }
        this.bindDim(s, d, axWhere);
      }
      ax++;
    });
  }
}

function checkValue(b: Binder, value: unknown, spec: readonly string[], where: string): void {
  if (spec.length === 1 && spec[0] === "_") return;
  if (value instanceof Tensor) { b.match(value.shape, spec, where); return; }
  if (typeof value === "number") {
    if (spec.length === 1 && /^[A-Za-z]\w*$/.test(spec[0]!)) {
      if (!Number.isInteger(value)) b.fail(`${where} binds dimension ${spec[0]} but is ${value}, not a whole number`);
      b.bindNumber(spec[0]!, value, where);
      return;
    }
    if (spec.length === 0) return;
    b.fail(`${where} is a number but should be a tensor of shape "${spec.join(" ")}"`);
  }
  if (Array.isArray(value)) return; // nested arrays are converted by the library; not checked here
  b.fail(`${where} should be a tensor of shape "${spec.join(" ")}" but is ${value === null ? "null" : typeof value}`);
}

/**
 * Wraps `fn` so every call checks its arguments and result against `spec` (see the file comment),
 * throwing a ShapeError that names the function, the argument and the clashing dimension.
 */
export function checkShapes<F extends (...args: any[]) => any>(spec: ShapeSpec, fn: F): F {
  guard("checkShapes");
  const parsed = parseSpec(spec);
  const fname = fn.name || "function";
  const names = paramNames(fn);
  const label = (i: number) => `argument ${i + 1}${names[i] ? ` (${names[i]})` : ""}`;
  const wrapped = function (this: unknown, ...args: unknown[]): unknown {
    const b = new Binder(fname);
    parsed.args.forEach((s, i) => { if (i < args.length) checkValue(b, args[i], s, label(i)); });
    const result: unknown = fn.apply(this, args);
    const rs = parsed.returns;
    if (rs !== null) {
      if (rs.length === 1) checkValue(b, result, rs[0]!, "the result");
      else {
        if (!Array.isArray(result) || result.length !== rs.length) b.fail(`the result should be an array of ${rs.length} values (${rs.map((r) => `"${r.join(" ")}"`).join(", ")})`);
        rs.forEach((s, i) => checkValue(b, (result as unknown[])[i], s, `result ${i}`));
      }
    }
    return result;
  };
  Object.defineProperty(wrapped, "name", { value: fname });
  return wrapped as unknown as F;
}
