// Verify and Run: the student's file through the sandbox, judged against the spec.
import type { TranspilerSources } from "./transpile";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { demoArgs, generateCases, isTensorValue } from "./cases";
import type { Case } from "./cases";
import { compareValues, describeKind } from "./compare";
import { diagnose } from "./diagnose";
import type { Observed } from "./diagnose";
import { expectedOutputs, numericGradient } from "./expected";
import { defaultCacheDir } from "./expected-cache";
import { warmUpOnnx } from "./onnx/runner";
import { clip, formatValue } from "./format";
import { SandboxPool, sandboxScript } from "./sandbox/pool";
import type { JobEnd } from "./sandbox/pool";
import type { ChildMessage, ThrownInfo, Unsupported } from "./sandbox/messages";
import { exerciseOfFile, loadSpecs, toLab } from "./specs";
import type { SpecRegistry } from "./specs";
import { findFunctionLine, SyntaxProblem, transpile } from "./transpile";
import type { Transpiled } from "./transpile";
import type { ExerciseSpec, Value } from "./spec";
import type { CaseFailure, CaseResult, PlotData, RunError, RunReport, VerifyReport } from "../protocol/verify";

export interface EngineOptions {
  /** The built dist/ folder (specs.js, models/, sandbox.js, wasm). Default: this bundle's folder when built. */
  readonly distRoot?: string | null;
  /** Load specs from this lessons/ folder instead of dist/specs.js (development and tests). */
  readonly lessonsRoot?: string | null;
  /** Wall-clock limit of one verification's student code (default 5 s). */
  readonly timeoutSeconds?: number;
  /** Heap cap of the sandbox (default 512 MiB). */
  readonly memoryMb?: number;
  /** A `typescript` package folder to transpile with when esbuild is not installed (VS Code's own). */
  readonly typescriptPath?: string | null;
  /** Where expected outputs of ONNX oracles are kept between runs (default: a folder in the OS temp dir; null: none). */
  readonly cacheDir?: string | null;
}

export interface VerifyRequest {
  readonly file: string;
  /** The file's text (unsaved editor contents); read from disk when absent. */
  readonly source?: string;
  /** "6.2/softmax"; derived from the file's path when absent. */
  readonly exercise?: string;
  /** Hints already seen: the report's `hint` is the next one (when the verification fails). */
  readonly hintsUsed?: number;
  /** Only these cases (by name), e.g. to re-run case "random #7". */
  readonly only?: readonly string[];
  /**
   * Receives problems of the exercise itself (its reference, a near-miss detector, a property or
   * the gradient check's loss threw): check-course reports them to the author. A student never
   * sees these as their fault.
   */
  readonly authorProblems?: (problem: string) => void;
}

const DEFAULT_DIST = existsSync(join(__dirname, "sandbox.js")) ? __dirname : null;

export class Engine {
  /** One pool per engine: concurrent callers share the promise (two would each start a process). */
  private pool: Promise<SandboxPool> | null = null;
  private readonly cacheDir: string | null;
  private readonly distRoot: string | null;
  private readonly timeoutMs: number;
  private readonly transpiler: TranspilerSources;

  constructor(private readonly opts: EngineOptions = {}) {
    this.distRoot = opts.distRoot === undefined ? DEFAULT_DIST : opts.distRoot;
    this.timeoutMs = Math.round((opts.timeoutSeconds ?? 5) * 1000);
    this.transpiler = { distRoot: this.distRoot, typescriptPath: opts.typescriptPath ?? null };
    this.cacheDir = opts.cacheDir === undefined ? defaultCacheDir() : opts.cacheDir;
  }

  registry(): SpecRegistry {
    return loadSpecs({ distRoot: this.distRoot, lessonsRoot: this.opts.lessonsRoot ?? (this.distRoot ? null : join(__dirname, "..", "lessons")) });
  }

  /** "6.2/softmax" for a course file, or null. */
  exerciseOf(file: string): string | null {
    const e = exerciseOfFile(file);
    return e ? `${e.lesson}/${e.name}` : null;
  }

  spec(key: string): ExerciseSpec | undefined {
    return this.registry().specs.get(key);
  }

  /**
   * Does ahead of the first click what a cold Verify would otherwise wait for: the sandbox's warm
   * spare, the transpiler, the specs, onnxruntime's wasm (a tiny session) and, given an exercise,
   * its expected outputs.
   */
  async prepare(key?: string): Promise<void> {
    const spec = key ? this.spec(key) : undefined;
    await Promise.all([
      this.sandbox(),
      transpile("export {};", "warm-up.ts", this.transpiler),
      spec?.onnx || !key ? warmUpOnnx(this.distRoot).catch(() => undefined) : null,
    ]);
    if (key && spec) await expectedOutputs(key, spec, this.registry().lab, generateCases(spec), this.distRoot, this.cacheDir);
  }

  private sandbox(): Promise<SandboxPool> {
    this.pool ??= (async () => {
      const script = await sandboxScript(this.distRoot, __dirname.endsWith("dist") ? join(__dirname, "..", "engine") : __dirname);
      const pool = new SandboxPool({ script, timeoutMs: this.timeoutMs, memoryMb: this.opts.memoryMb ?? 512 });
      pool.prewarm();
      return pool;
    })();
    const p = this.pool;
    p.catch(() => { if (this.pool === p) this.pool = null; });
    return p;
  }

  dispose(): void {
    const p = this.pool;
    this.pool = null;
    p?.then((pool) => pool.dispose(), () => undefined);
  }

  async verify(req: VerifyRequest): Promise<VerifyReport> {
    const t0 = performance.now();
    const key = req.exercise ?? this.exerciseOf(req.file);
    const base = { exercise: key ?? "?", file: req.file, cases: 0, results: [], failures: [], diagnosis: null, hint: null, logs: [], functionLine: null };
    const spec = key ? this.spec(key) : undefined;
    if (!key || !spec) {
      return { ...base, passed: false, ms: performance.now() - t0,
        error: { kind: "unknown-exercise", message: key ? `no exercise named ${key} in the course` : `${req.file} is not an exercise file of the course`, line: null } };
    }
    const reg = this.registry();
    const source = req.source ?? readFileSync(req.file, "utf8");
    const functionLine = findFunctionLine(source, spec.name);
    let cases = generateCases(spec);
    // Transpiling, the sandbox's start and the reference outputs proceed together.
    const compiling = transpile(source, req.file, this.transpiler).then((c) => ({ ok: true as const, c }), (e: unknown) => ({ ok: false as const, e }));
    const pooling = this.sandbox();
    pooling.catch(() => undefined);
    let expected: Value[];
    try {
      expected = await expectedOutputs(key, spec, reg.lab, cases, this.distRoot, this.cacheDir);
    } catch (e: unknown) {
      const why = e instanceof Error ? e.message : String(e);
      req.authorProblems?.(`the reference threw: ${why}`);
      return { ...base, exercise: key, passed: false, cases: cases.length, functionLine, ms: performance.now() - t0,
        error: { kind: "crash", message: `The exercise's own reference could not compute the expected outputs (${why}). This is a problem of the course, not of your code.`, line: null } };
    }
    if (req.only?.length) {
      const keep = cases.map((c, i) => (req.only!.includes(c.name) ? i : -1)).filter((i) => i >= 0);
      cases = keep.map((i) => cases[i]!);
      expected = keep.map((i) => expected[i]!);
    }
    const nextHint = spec.hints[req.hintsUsed ?? 0] ?? null;
    const finish = (r: Omit<VerifyReport, "ms" | "hint" | "exercise" | "file" | "functionLine">): VerifyReport =>
      ({ ...r, exercise: key, file: req.file, functionLine, hint: r.passed ? null : nextHint, ms: performance.now() - t0 });

    const done = await compiling;
    if (!done.ok) {
      const e = done.e;
      const line = e instanceof SyntaxProblem ? e.line : null;
      return finish({ ...base, passed: false, cases: cases.length,
        error: { kind: "syntax", message: `Syntax error: ${e instanceof Error ? e.message : String(e)}`, line } });
    }
    const compiled: Transpiled = done.c;
    const pool = await this.sandbox();
    const outputs = new Map<number, { ok: true; value: Value | Unsupported | undefined } | { ok: false; error: ThrownInfo }>();
    const logs: string[] = [];
    const end = await pool.run(
      { type: "job", code: compiled.code, fn: spec.name, withheld: spec.withheld ?? [], cases: cases.map((c) => c.args), print: false },
      (m: ChildMessage) => {
        if (m.type === "log") logs.push(m.text);
        else if (m.type === "case") outputs.set(m.index, m.ok ? { ok: true, value: m.value } : { ok: false, error: m.error });
      },
    );
    const lineOf = (g: number | null): number | null => (g === null ? null : compiled.sourceLine(g));
    const stop = this.stopError(end, cases, lineOf);
    if (stop && end.kind === "fatal") {
      return finish({ ...base, passed: false, cases: cases.length, logs, error: stop });
    }

    const results: CaseResult[] = [];
    const failures: CaseFailure[] = [];
    const observed: Observed[] = [];
    cases.forEach((c, i) => {
      const fail = (message: string, extra: Partial<CaseFailure> = {}): void => {
        results.push({ case: c.name, group: c.group, passed: false, seed: c.seed });
        failures.push({ case: c.name, group: c.group, message, expected: clip(formatValue(expected[i])), actual: null,
          maxAbsError: null, maxRelError: null, firstIndex: null, inputs: clip(this.formatInputs(spec, c)), ...extra });
      };
      const out = outputs.get(i);
      if (!out) {
        fail(stop && (end.kind !== "done") ? stop.message : "not run: an earlier case stopped the sandbox");
        return;
      }
      if (!out.ok) {
        const line = lineOf(out.error.generatedLine);
        fail(`${out.error.message}${line ? ` (line ${line})` : ""}`);
        return;
      }
      const v = out.value;
      if (v === undefined || (typeof v === "object" && v !== null && "$unsupported" in v)) {
        const what = v === undefined ? "undefined (is a return statement missing?)" : (v as Unsupported).$unsupported;
        fail(`${spec.name} returned ${what}; expected ${describeKind(expected[i])}`);
        return;
      }
      const verdict = this.judge(spec, reg, c, expected[i]!, v, req.authorProblems);
      if (verdict) {
        fail(verdict.message, { actual: clip(formatValue(v)), maxAbsError: verdict.maxAbsError, maxRelError: verdict.maxRelError, firstIndex: verdict.firstIndex });
        observed.push({ case: c, expected: expected[i]!, actual: v });
      } else {
        results.push({ case: c.name, group: c.group, passed: true, seed: c.seed });
      }
    });
    const passed = failures.length === 0 && !stop;
    let diagnosis = null;
    try { diagnosis = passed ? null : diagnose(spec, reg.lab, observed, req.authorProblems); } catch (e: unknown) {
      req.authorProblems?.(`the diagnosis threw: ${e instanceof Error ? e.message : String(e)}`);
      diagnosis = null;
    }
    return finish({ passed, cases: cases.length, results, failures, diagnosis, error: stop, logs });
  }

  /** The comparison, the property checks and the gradient check of one case; null when it passes. */
  private judge(spec: ExerciseSpec, reg: SpecRegistry, c: Case, expected: Value, actual: Value, problems?: (p: string) => void):
    { message: string; maxAbsError: number | null; maxRelError: number | null; firstIndex: readonly number[] | null } | null {
    if (!spec.propertiesOnly) {
      const cmp = compareValues(expected, actual, spec.tolerance);
      if (!cmp.ok) return cmp;
    } else if (isTensorValue(expected)) {
      const shape = compareValues(expected, actual, { rtol: Infinity, atol: Infinity, why: "" });
      if (!shape.ok && !/is NaN|Infinity/.test(shape.message)) return shape;
    }
    const args = c.args.map((a) => toLab(reg.lab, a));
    for (const p of spec.properties ?? []) {
      let msg: string | null;
      try { msg = p.check(toLab(reg.lab, actual), ...args); } catch (e: unknown) {
        msg = `could not be checked: ${e instanceof Error ? e.message : String(e)}`;
        problems?.(`property "${p.name}" threw in case "${c.name}": ${e instanceof Error ? e.message : String(e)}`);
      }
      if (msg) return { message: `${p.name}: ${msg}`, maxAbsError: null, maxRelError: null, firstIndex: null };
    }
    if (spec.gradientCheck) {
      let g: ReturnType<typeof numericGradient>;
      try { g = numericGradient(spec, reg.lab, c.args); } catch (e: unknown) {
        const why = e instanceof Error ? e.message : String(e);
        problems?.(`the gradient check's loss threw in case "${c.name}": ${why}`);
        return { message: `the gradient could not be checked (the exercise's loss failed: ${why})`, maxAbsError: null, maxRelError: null, firstIndex: null };
      }
      const cmp = compareValues(g, actual, spec.gradientCheck.tolerance ?? { rtol: 1e-4, atol: 1e-6, why: "finite differences" }, "gradient");
      if (!cmp.ok) return { ...cmp, message: `does not match the finite-difference gradient: ${cmp.message}` };
    }
    return null;
  }

  private formatInputs(spec: ExerciseSpec, c: Case): string {
    return spec.args.map((a, i) => `${a.name} = ${formatValue(c.args[i])}`).join("\n");
  }

  /** A problem that stopped the run, as the student should read it. */
  private stopError(end: JobEnd, cases: readonly Case[], lineOf: (g: number | null) => number | null): RunError | null {
    const at = (n: number): string => (cases[n] ? ` in case "${cases[n].name}"` : "");
    switch (end.kind) {
      case "done": return null;
      case "fatal": {
        const e = end.message.error;
        const line = lineOf(e.generatedLine);
        const kind = e.kind === "missing-export" || e.kind === "import" || e.kind === "exit" || e.kind === "withheld" || e.kind === "lab-error" ? e.kind : "thrown";
        const prefix = e.kind === "missing-export" || e.kind === "import" ? "" : "While loading your file: ";
        return { kind, message: `${prefix}${e.message}${line ? ` (line ${line})` : ""}`, line };
      }
      case "timeout":
        return { kind: "timeout", message: `Stopped after ${this.timeoutMs / 1000} s${at(end.completedCases)}: is there a loop that never ends?`, line: null };
      case "memory":
        return { kind: "memory", message: `Stopped${at(end.completedCases)}: your code used too much memory (more than ${this.opts.memoryMb ?? 512} MB). Is an array growing without bound?`, line: null };
      case "exit":
        return { kind: "exit", message: `The sandbox process ended early${at(end.completedCases)} (${end.signal ?? `exit code ${end.code}`}): did your code call process.exit?`, line: null };
      default:
        return null;
    }
  }

  /** ▶ Run: the exercise's demo through the student's function; printed output and plots. */
  async run(req: VerifyRequest): Promise<RunReport> {
    const t0 = performance.now();
    const key = req.exercise ?? this.exerciseOf(req.file) ?? "?";
    const spec = this.spec(key);
    const base = { exercise: key, file: req.file, title: spec?.demo?.title ?? null, plots: [] as PlotData[] };
    const failed = (error: RunError, text = ""): RunReport => ({ ...base, ok: false, text, error, ms: performance.now() - t0 });
    if (!spec) return failed({ kind: "unknown-exercise", message: `no exercise named ${key} in the course`, line: null });
    const args = demoArgs(spec).length ? demoArgs(spec) : generateCases({ ...spec, cases: 1, edgeCases: [] })[0]!.args;
    const source = req.source ?? readFileSync(req.file, "utf8");
    let compiled: Transpiled;
    try { compiled = await transpile(source, req.file, this.transpiler); } catch (e: unknown) {
      return failed({ kind: "syntax", message: `Syntax error: ${e instanceof Error ? e.message : String(e)}`, line: e instanceof SyntaxProblem ? e.line : null });
    }
    const pool = await this.sandbox();
    const lines: string[] = [];
    if (spec.demo?.title) lines.push(spec.demo.title, "");
    spec.args.forEach((a, i) => lines.push(`${a.name} =`, formatValue(args[i]), ""));
    let result: Value | undefined;
    let caseError: ThrownInfo | null = null;
    let printed: string | null = null;
    const end = await pool.run({ type: "job", code: compiled.code, fn: spec.name, withheld: spec.withheld ?? [], cases: [args], print: true }, (m) => {
      if (m.type === "log") lines.push(m.text);
      if (m.type === "case") {
        if (m.ok) { result = m.value as Value; printed = m.printed; } else caseError = m.error;
      }
    });
    const lineOf = (g: number | null): number | null => (g === null ? null : compiled.sourceLine(g));
    const stop = this.stopError(end, [], lineOf);
    if (stop) return failed(stop, lines.join("\n"));
    if (caseError) {
      const e = caseError as ThrownInfo;
      const line = lineOf(e.generatedLine);
      return failed({ kind: e.kind === "crash" ? "thrown" : e.kind, message: `${e.message}${line ? ` (line ${line})` : ""}`, line }, lines.join("\n"));
    }
    lines.push(`${spec.name}(${spec.args.map((a) => a.name).join(", ")}) =`, printed ?? formatValue(result));
    const plots: PlotData[] = [];
    if (spec.demo?.plot && result !== undefined) {
      const lab = this.registry().lab;
      try { plots.push(spec.demo.plot(toLab(lab, result), ...args.map((a) => toLab(lab, a)))); } catch (e: unknown) {
        lines.push("", `(no plot: ${e instanceof Error ? e.message : String(e)})`);
      }
    }
    return { ...base, ok: true, text: lines.join("\n"), plots, error: null, ms: performance.now() - t0 };
  }
}
