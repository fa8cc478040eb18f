// Near-miss diagnoses: recognising a specific, common mistake from the student's outputs.
// The spec's own detectors run first (each computes what the mistake would produce), then the
// generic ones (transposed, sign flipped, constant factor, overflow, wrong shape).
import { isTensorValue } from "./cases";
import type { Case } from "./cases";
import { close, fmt } from "./compare";
import { fromLab, toLab } from "./specs";
import type { LabBridge } from "./specs";
import type { BuiltinDiagnosis, ExerciseSpec, TensorValue, Tolerance, Value } from "./spec";
import type { Diagnosis } from "../protocol/verify";

/** A failing case where the student's function returned a value. */
export interface Observed {
  readonly case: Case;
  readonly expected: Value;
  readonly actual: Value;
}

const loose = (t: Tolerance): Tolerance => ({ rtol: Math.max(t.rtol * 10, 1e-6), atol: Math.max(t.atol * 10, 1e-9), why: "diagnosis" });

const ALL_BUILTINS: readonly BuiltinDiagnosis[] = ["shape", "overflow", "transposed", "sign-flipped", "constant-factor"];

/**
 * The first near-miss (the spec's own, then the generic ones) that explains every failing case.
 * A detector that throws does not match; `problems` hears about it (check-course reports it).
 */
export function diagnose(spec: ExerciseSpec, lab: LabBridge, observed: readonly Observed[], problems?: (p: string) => void): Diagnosis | null {
  if (observed.length === 0) return null;
  const tol = loose(spec.tolerance);
  for (const nm of spec.nearMisses ?? []) {
    const matches = observed.every((o) => {
      try {
        const args = o.case.args.map((a) => toLab(lab, a));
        if (nm.wrong) return close(fromLab(lab, nm.wrong(...args)), o.actual, tol);
        if (nm.detect) return nm.detect(toLab(lab, o.actual), toLab(lab, o.expected), ...args);
      } catch (e: unknown) {
        problems?.(`near-miss "${nm.id}" threw in case "${o.case.name}": ${e instanceof Error ? e.message : String(e)}`);
        return false;
      }
      return false;
    });
    if (matches) return { id: nm.id, message: nm.message };
  }
  for (const b of spec.builtinDiagnoses ?? ALL_BUILTINS) {
    const d = builtins[b](observed, tol);
    if (d) return d;
  }
  return null;
}

const tensors = (o: Observed): [TensorValue, TensorValue] | null =>
  isTensorValue(o.expected) && isTensorValue(o.actual) ? [o.expected, o.actual] : null;

/** Expected/actual tensor pairs of a result: one for a tensor, one per tensor element of a tuple. */
function outputs(o: Observed): { index: number | null; expected: TensorValue; actual: TensorValue }[] {
  const one = tensors(o);
  if (one) return [{ index: null, expected: one[0], actual: one[1] }];
  const e = o.expected, a = o.actual;
  if (!Array.isArray(e) || !Array.isArray(a) || e.length !== a.length) return [];
  return e.flatMap((x, i) => (isTensorValue(x) && isTensorValue(a[i]) ? [{ index: i, expected: x, actual: a[i] as TensorValue }] : []));
}

const which = (index: number | null, count: number): string => (index === null ? "The output" : `Output ${index + 1} of ${count}`);

interface WrongOutput { readonly case: Case; readonly index: number | null; readonly count: number; readonly expected: TensorValue; readonly actual: TensorValue }

/**
 * The tensor outputs that differ from the expected ones, over every failing case; null when some case
 * fails elsewhere (a number, or a tuple element that is not a tensor), which these diagnoses cannot explain.
 */
function wrongOutputs(obs: readonly Observed[], tol: Tolerance): WrongOutput[] | null {
  const wrong: WrongOutput[] = [];
  for (const o of obs) {
    const all = outputs(o);
    const bad = all.filter((p) => !sameShape(p.expected, p.actual) || !close(p.expected, p.actual, tol));
    if (!bad.length) return null;
    if (Array.isArray(o.expected)) {
      // An element of the tuple that is wrong but not a pair of tensors is beyond these diagnoses.
      const actual = o.actual as readonly Value[];
      if (o.expected.some((x, i) => !(isTensorValue(x) && isTensorValue(actual[i])) && !close(x, actual[i], tol))) return null;
    }
    for (const p of bad) wrong.push({ case: o.case, index: p.index, count: all.length, expected: p.expected, actual: p.actual });
  }
  return wrong;
}

/** "Your output is", or "Output 2 of 2 is" / "Outputs 1 and 2 of 3 are" for the tuple elements concerned. */
function subject(wrong: readonly WrongOutput[], one: string, many: string): string {
  const indices = [...new Set(wrong.map((w) => w.index))];
  if (indices.includes(null)) return `Your output ${one}`;
  const numbers = (indices as number[]).sort((x, y) => x - y).map((i) => i + 1);
  const count = wrong[0]!.count;
  const list = numbers.length === 1 ? `${numbers[0]}` : `${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`;
  return `Output${numbers.length > 1 ? "s" : ""} ${list} of ${count} ${numbers.length > 1 ? many : one}`;
}

const sameShape = (a: TensorValue, b: TensorValue): boolean =>
  a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i]);

function transpose2(t: TensorValue): TensorValue {
  const n = t.shape.length;
  const r = t.shape[n - 2]!, c = t.shape[n - 1]!;
  const out = new Float64Array(t.data.length);
  for (let s = 0; s < t.data.length; s += r * c) {
    for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[s + j * r + i] = t.data[s + i * c + j]!;
  }
  return { shape: [...t.shape.slice(0, n - 2), c, r], data: out };
}

const hasNonFinite = (t: TensorValue): boolean => t.data.some((x) => !Number.isFinite(x));

const builtins: Record<BuiltinDiagnosis, (obs: readonly Observed[], tol: Tolerance) => Diagnosis | null> = {
  shape: (obs) => {
    for (const o of obs) {
      const all = outputs(o);
      const bad = all.find((p) => !sameShape(p.expected, p.actual));
      if (!bad) continue;
      const names = Object.entries(o.case.dims).map(([k, v]) => `${k}=${v}`).join(", ");
      return { id: "shape", message: `${which(bad.index, all.length)} has shape [${bad.actual.shape.join(", ")}] but should have [${bad.expected.shape.join(", ")}] (${names}): check which axes you reduced over and whether keepdims was needed.` };
    }
    return null;
  },
  overflow: (obs) => {
    const o = obs.find((x) => outputs(x).some((p) => !hasNonFinite(p.expected) && hasNonFinite(p.actual)));
    if (!o) return null;
    return {
      id: "overflow",
      message: `The output has NaN or Infinity in case "${o.case.name}" where the answer is finite: exp of a large number overflows. ` +
        "Use the log-sum-exp trick: subtract the maximum before exponentiating (it cancels in the ratio).",
    };
  },
  transposed: (obs, tol) => {
    const wrong = wrongOutputs(obs, tol);
    const all = wrong?.every((p) => p.expected.shape.length >= 2 && close(p.expected, transpose2(p.actual), tol));
    return wrong && all ? { id: "transposed", message: `${subject(wrong, "is", "are")} the transpose of the expected one: swap the last two axes (check the order of a matmul or of your loops).` } : null;
  },
  "sign-flipped": (obs, tol) => {
    const wrong = wrongOutputs(obs, tol);
    const all = wrong?.every((p) => sameShape(p.expected, p.actual) && close(p.expected, { shape: p.actual.shape, data: p.actual.data.map((x) => -x) }, tol));
    return wrong && all ? { id: "sign-flipped", message: `${subject(wrong, "has", "have")} the opposite sign everywhere: check the sign of a gradient step or of a log.` } : null;
  },
  "constant-factor": (obs, tol) => {
    const wrong = wrongOutputs(obs, tol);
    if (!wrong) return null;
    const factors: number[] = [];
    for (const { expected: e, actual: a } of wrong) {
      if (!sameShape(e, a)) return null;
      let ea = 0, ee = 0;
      for (let i = 0; i < e.data.length; i++) { ea += e.data[i]! * a.data[i]!; ee += e.data[i]! * e.data[i]!; }
      if (ee === 0) return null;
      const c = ea / ee;
      if (!Number.isFinite(c) || Math.abs(c - 1) < 1e-6 || Math.abs(c) < 1e-12) return null;
      if (!close({ shape: e.shape, data: e.data.map((x) => x * c) }, a, tol)) return null;
      factors.push(c);
    }
    const c = factors[0]!;
    const constant = factors.every((f) => Math.abs(f - c) <= 1e-6 * Math.abs(c));
    const rel = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-6 * Math.max(Math.abs(y), 1e-12);
    const forms: readonly [string, (v: number) => number][] = [
      ["you are missing a division by {k}", (v) => v],
      ["you divide by {k} once too often", (v) => 1 / v],
      ["you are missing a division by √{k}", (v) => Math.sqrt(v)],
      ["you divide by √{k} once too often", (v) => 1 / Math.sqrt(v)],
    ];
    let dimHint: string | null = null;
    for (const k of Object.keys(obs[0]!.case.dims)) {
      for (const [text, f] of forms) {
        const fits = wrong.every((p, i) => { const v = p.case.dims[k]; return v !== undefined && v !== 1 && rel(factors[i]!, f(v)); });
        if (fits && !dimHint) dimHint = text.replace("{k}", k);
      }
    }
    const who = subject(wrong, "is", "are");
    if (dimHint) return { id: "constant-factor", message: `${who} off by a factor that follows the size of the input: ${dimHint}.` };
    if (!constant) return null;
    return { id: "constant-factor", message: `${who} off by a constant factor of ${fmt(c)}. Check the normalising constants (1/n, 1/√d, a factor 2 in a derivative).` };
  },
};
