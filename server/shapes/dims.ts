// Symbolic dimensions: a dimension is a small polynomial over named sizes ("N", "H*W", "D/H", "N+M"),
// kept in a canonical form so that two dimensions are equal exactly when their keys are equal.

/** One term: coefficient times a product of named sizes raised to (possibly negative) powers. */
interface Term {
  readonly coef: number;
  /** Sorted "name^power" factors; empty for a constant term. */
  readonly factors: readonly (readonly [string, number])[];
}

export interface Dim {
  readonly terms: readonly Term[];
  /** Canonical key: equal keys mean equal dimensions. */
  readonly key: string;
}

function termKey(t: Term): string {
  return t.factors.map(([n, p]) => (p === 1 ? n : `${n}^${p}`)).join("*");
}

function make(terms: Term[]): Dim {
  const merged = new Map<string, Term>();
  for (const t of terms) {
    const k = termKey(t);
    const prev = merged.get(k);
    merged.set(k, prev ? { coef: prev.coef + t.coef, factors: t.factors } : t);
  }
  const kept = [...merged.entries()].filter(([, t]) => Math.abs(t.coef) > 1e-12).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const out = kept.map(([, t]) => t);
  return { terms: out, key: render(out) };
}

function fmtCoef(c: number): string {
  return Number.isInteger(c) ? String(c) : String(Math.round(c * 1e6) / 1e6);
}

function renderTerm(t: Term): string {
  if (t.factors.length === 0) return fmtCoef(t.coef);
  const num = t.factors.filter(([, p]) => p > 0).map(([n, p]) => (p === 1 ? n : Array<string>(p).fill(n).join("*")));
  const den = t.factors.filter(([, p]) => p < 0).map(([n, p]) => (p === -1 ? n : Array<string>(-p).fill(n).join("*")));
  let s = num.length ? num.join("*") : "1";
  const c = Math.abs(t.coef);
  if (c !== 1) s = Number.isInteger(c) ? `${fmtCoef(c)}*${s}` : num.length ? `${s}*${fmtCoef(c)}` : fmtCoef(c);
  if (den.length) s += "/" + (den.length > 1 ? `(${den.join("*")})` : den[0]);
  return s;
}

function render(terms: readonly Term[]): string {
  if (terms.length === 0) return "0";
  let s = "";
  terms.forEach((t, i) => {
    const body = renderTerm(t);
    if (i === 0) s = t.coef < 0 ? `-${body}` : body;
    else s += t.coef < 0 ? ` - ${body}` : ` + ${body}`;
  });
  return s;
}

export function constDim(n: number): Dim {
  return make([{ coef: n, factors: [] }]);
}

export function symDim(name: string): Dim {
  return make([{ coef: 1, factors: [[name, 1]] }]);
}

/** The number this dimension is, or undefined when it is symbolic. */
export function dimValue(d: Dim): number | undefined {
  if (d.terms.length === 0) return 0;
  if (d.terms.length === 1 && d.terms[0]!.factors.length === 0) return d.terms[0]!.coef;
  return undefined;
}

export function isConst(d: Dim): boolean {
  return dimValue(d) !== undefined;
}

export function addDims(a: Dim, b: Dim): Dim {
  return make([...a.terms, ...b.terms]);
}

export function subDims(a: Dim, b: Dim): Dim {
  return make([...a.terms, ...b.terms.map((t) => ({ coef: -t.coef, factors: t.factors }))]);
}

function mulFactors(a: readonly (readonly [string, number])[], b: readonly (readonly [string, number])[], sign: 1 | -1): [string, number][] {
  const m = new Map<string, number>(a.map(([n, p]) => [n, p]));
  for (const [n, p] of b) m.set(n, (m.get(n) ?? 0) + sign * p);
  return [...m.entries()].filter(([, p]) => p !== 0).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
}

export function mulDims(a: Dim, b: Dim): Dim {
  const terms: Term[] = [];
  for (const x of a.terms) for (const y of b.terms) terms.push({ coef: x.coef * y.coef, factors: mulFactors(x.factors, y.factors, 1) });
  return make(terms);
}

/** a / b; only a single-term divisor is supported (anything else is unknown). */
export function divDims(a: Dim, b: Dim): Dim | null {
  if (b.terms.length !== 1) return null;
  const d = b.terms[0]!;
  if (d.coef === 0) return null;
  return make(a.terms.map((t) => ({ coef: t.coef / d.coef, factors: mulFactors(t.factors, d.factors, -1) })));
}

export function dimEq(a: Dim, b: Dim): boolean {
  return a.key === b.key;
}

/**
 * True only when the two dimensions are surely different: two different numbers, or two different
 * symbolic forms (named sizes are distinct by the course's convention). A number against a name is
 * not a clash (the name may stand for that number).
 */
export function dimsClash(a: Dim, b: Dim): boolean {
  if (a.key === b.key) return false;
  const ca = isConst(a);
  const cb = isConst(b);
  if (ca && cb) return true;
  if (ca !== cb) return false;
  return true;
}

/** Names this dimension mentions. */
export function dimNames(d: Dim): string[] {
  const out = new Set<string>();
  for (const t of d.terms) for (const [n] of t.factors) out.add(n);
  return [...out];
}

/** Replaces names by dimensions; returns null if a name has no binding. */
export function substDim(d: Dim, bind: (name: string) => Dim | null | undefined): Dim | null {
  let acc = constDim(0);
  for (const t of d.terms) {
    let term = constDim(t.coef);
    for (const [n, p] of t.factors) {
      const v = bind(n);
      if (!v) return null;
      for (let i = 0; i < Math.abs(p); i++) {
        if (p > 0) term = mulDims(term, v);
        else {
          const q = divDims(term, v);
          if (!q) return null;
          term = q;
        }
      }
    }
    acc = addDims(acc, term);
  }
  return acc;
}

/** If this dimension is exactly one name (coefficient 1, power 1), that name. */
export function singleName(d: Dim): string | undefined {
  if (d.terms.length !== 1) return undefined;
  const t = d.terms[0]!;
  if (t.coef !== 1 || t.factors.length !== 1 || t.factors[0]![1] !== 1) return undefined;
  return t.factors[0]![0];
}

/**
 * Parses a dimension written in an annotation: "N", "784", "H*W", "D/H", "N+1", "2*D".
 * Returns null on anything else.
 */
export function parseDim(src: string): Dim | null {
  const toks = src.match(/\s*([A-Za-z_$][\w$]*|\d+(?:\.\d+)?|[-+*/()])/gy);
  if (!toks || toks.join("").length !== src.length) {
    if (src.trim() === "") return null;
    if (!toks) return null;
  }
  const list = (toks ?? []).map((t) => t.trim());
  if (list.join("") !== src.replace(/\s+/g, "")) return null;
  let i = 0;
  const peek = (): string | undefined => list[i];
  function atom(): Dim | null {
    const t = list[i++];
    if (t === undefined) return null;
    if (t === "(") {
      const e = sum();
      if (list[i++] !== ")") return null;
      return e;
    }
    if (t === "-") {
      const a = atom();
      return a ? subDims(constDim(0), a) : null;
    }
    if (/^\d/.test(t)) return constDim(Number(t));
    if (/^[A-Za-z_$]/.test(t)) return symDim(t);
    return null;
  }
  function product(): Dim | null {
    let a = atom();
    while (a && (peek() === "*" || peek() === "/")) {
      const op = list[i++];
      const b = atom();
      if (!b) return null;
      a = op === "*" ? mulDims(a, b) : divDims(a, b);
    }
    return a;
  }
  function sum(): Dim | null {
    let a = product();
    while (a && (peek() === "+" || peek() === "-")) {
      const op = list[i++];
      const b = product();
      if (!b) return null;
      a = op === "+" ? addDims(a, b) : subDims(a, b);
    }
    return a;
  }
  const d = sum();
  return d && i === list.length ? d : null;
}
