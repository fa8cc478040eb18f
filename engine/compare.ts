// Comparing the student's output with the expected one, elementwise within a tolerance.
import { isTensorValue } from "./cases";
import type { Tolerance, Value } from "./spec";

export interface Comparison {
  readonly ok: boolean;
  /** Empty when ok. */
  readonly message: string;
  readonly maxAbsError: number | null;
  readonly maxRelError: number | null;
  readonly firstIndex: readonly number[] | null;
}

const pass: Comparison = { ok: true, message: "", maxAbsError: 0, maxRelError: 0, firstIndex: null };

export function describeKind(v: unknown): string {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (isTensorValue(v)) return `a tensor of shape [${v.shape.join(", ")}]`;
  if (Array.isArray(v)) return `an array of ${v.length} items`;
  if (typeof v === "number") return `the number ${v}`;
  if (typeof v === "object") return "an object";
  return `a ${typeof v}`;
}

/** Unravels a flat row-major index into per-axis indices. */
export function unravel(flat: number, shape: readonly number[]): number[] {
  const idx: number[] = new Array<number>(shape.length).fill(0);
  for (let ax = shape.length - 1; ax >= 0; ax--) {
    const d = shape[ax]!;
    idx[ax] = d === 0 ? 0 : flat % d;
    flat = d === 0 ? 0 : Math.floor(flat / d);
  }
  return idx;
}

function compareArrays(exp: ArrayLike<number>, act: ArrayLike<number>, shape: readonly number[], tol: Tolerance, where: string): Comparison {
  let maxAbs = 0, maxRel = 0, first = -1, firstKind = "";
  for (let i = 0; i < exp.length; i++) {
    const e = exp[i]!, a = act[i]!;
    if (Object.is(e, a) || (Number.isNaN(e) && Number.isNaN(a))) continue;
    let bad: string | null = null;
    if (Number.isNaN(a)) bad = "NaN";
    else if (!Number.isFinite(a) && a !== e) bad = String(a);
    else if (!Number.isFinite(e)) bad = "finite";
    else {
      const abs = Math.abs(a - e);
      const rel = abs / Math.max(Math.abs(e), Number.MIN_VALUE);
      if (abs > maxAbs) maxAbs = abs;
      if (Math.abs(e) > 0 && rel > maxRel) maxRel = rel;
      if (abs > tol.atol + tol.rtol * Math.abs(e)) bad = "off";
    }
    if (bad !== null) {
      if (bad !== "off") { maxAbs = Infinity; maxRel = Infinity; }
      if (first < 0) { first = i; firstKind = bad; }
    }
  }
  if (first < 0) return { ...pass, maxAbsError: maxAbs, maxRelError: maxRel };
  const idx = unravel(first, shape);
  const at = idx.length ? `${where}[${idx.join(", ")}]` : where;
  const e = exp[first]!, a = act[first]!;
  const message = firstKind === "off"
    ? `${at} is ${fmt(a)}, expected ${fmt(e)} (max abs error ${fmt(maxAbs)}, tolerance ${tol.atol} + ${tol.rtol}·|expected|)`
    : `${at} is ${fmt(a)}, expected ${fmt(e)}`;
  return { ok: false, message, maxAbsError: maxAbs, maxRelError: maxRel, firstIndex: idx };
}

export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const a = Math.abs(x);
  return a >= 1e5 || a < 1e-4 ? x.toExponential(4) : String(Number(x.toPrecision(6)));
}

/** Compares `actual` to `expected`; `where` names the output ("output", "output[1]"...). */
export function compareValues(expected: Value, actual: unknown, tol: Tolerance, where = "output"): Comparison {
  const fail = (message: string): Comparison => ({ ok: false, message, maxAbsError: null, maxRelError: null, firstIndex: null });
  if (isTensorValue(expected)) {
    if (typeof actual === "number" && expected.shape.length === 0) {
      return compareArrays(expected.data, [actual], [], tol, where);
    }
    if (!isTensorValue(actual)) return fail(`${where} should be a tensor of shape [${expected.shape.join(", ")}], got ${describeKind(actual)}`);
    const es = expected.shape, as = actual.shape;
    if (es.length !== as.length || es.some((d, i) => d !== as[i])) {
      return fail(`${where} has shape [${as.join(", ")}], expected [${es.join(", ")}]`);
    }
    return compareArrays(expected.data, actual.data, es, tol, where);
  }
  if (typeof expected === "number") {
    if (isTensorValue(actual) && actual.data.length === 1) return compareArrays([expected], actual.data, [], tol, where);
    if (typeof actual !== "number") return fail(`${where} should be a number, got ${describeKind(actual)}`);
    return compareArrays([expected], [actual], [], tol, where);
  }
  if (typeof expected === "boolean") {
    return actual === expected ? pass : fail(`${where} is ${String(actual)}, expected ${String(expected)}`);
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return fail(`${where} should be an array of ${expected.length} items, got ${describeKind(actual)}`);
    if (actual.length !== expected.length) return fail(`${where} has ${actual.length} items, expected ${expected.length}`);
    return combine(expected.map((e: Value, i: number) => compareValues(e, actual[i], tol, `${where}[${i}]`)));
  }
  if (typeof expected === "object" && expected !== null) {
    if (typeof actual !== "object" || actual === null) return fail(`${where} should be an object, got ${describeKind(actual)}`);
    const rec = expected as Readonly<Record<string, Value>>;
    return combine(Object.keys(rec).map((k) => {
      if (!(k in actual)) return fail(`${where} has no field "${k}"`);
      return compareValues(rec[k]!, (actual as Record<string, unknown>)[k], tol, `${where}.${k}`);
    }));
  }
  return Object.is(expected, actual) ? pass : fail(`${where} is ${String(actual)}, expected ${String(expected)}`);
}

function combine(parts: readonly Comparison[]): Comparison {
  const bad = parts.find((p) => !p.ok);
  const maxOf = (f: (c: Comparison) => number | null): number | null =>
    parts.reduce<number | null>((m, p) => { const v = f(p); return v === null ? m : Math.max(m ?? 0, v); }, null);
  if (!bad) return { ...pass, maxAbsError: maxOf((p) => p.maxAbsError), maxRelError: maxOf((p) => p.maxRelError) };
  return { ...bad, maxAbsError: maxOf((p) => p.maxAbsError), maxRelError: maxOf((p) => p.maxRelError) };
}

/** Whether two values agree within a tolerance (used by near-miss detection). */
export function close(a: Value, b: unknown, tol: Tolerance): boolean {
  return compareValues(a, b, tol).ok;
}
