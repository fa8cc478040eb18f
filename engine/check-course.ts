// Checks the course's exercises as an author would want: every reference solution passes, every
// starter fails, every ONNX model agrees with its TypeScript reference, every listed wrong
// implementation is rejected with the diagnosis its first line names, every alternative passes.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCases } from "./cases";
import { compareValues } from "./compare";
import { onnxOutputs, referenceOutputs } from "./expected";
import type { Engine } from "./verify";
import type { VerifyReport } from "../protocol/verify";

export interface CheckItem {
  readonly exercise: string;
  /** "solution", "starter", "onnx", "mistake:<file>", "alt:<file>". */
  readonly check: string;
  readonly ok: boolean;
  readonly message: string;
}

/** The `// diagnosis: <id>` named on a mistake file's first line. */
export function declaredDiagnosis(source: string): string | null {
  const m = /^\s*\/\/\s*diagnosis:\s*([\w-]+)/.exec(source.split(/\r?\n/, 1)[0] ?? "");
  return m ? m[1]! : null;
}

const why = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Runs every check; never throws for a broken exercise. A spec that cannot load, a reference, a
 * near-miss detector, a property or a gradient loss that throws: each becomes a failed item
 * ("specs", "reference", "detectors") saying what threw, and the other checks go on.
 */
export async function checkCourse(engine: Engine, lessonsRoot: string, opts: { lesson?: string; distRoot?: string | null } = {}): Promise<CheckItem[]> {
  const items: CheckItem[] = [];
  let reg: ReturnType<Engine["registry"]>;
  try {
    reg = engine.registry();
  } catch (e: unknown) {
    return [{ exercise: opts.lesson ?? "*", check: "specs", ok: false, message: `the exercise specs could not be loaded: ${why(e)}` }];
  }
  for (const [key, spec] of reg.specs) {
    const lesson = key.split("/")[0]!;
    if (opts.lesson && lesson !== opts.lesson) continue;
    const folder = join(lessonsRoot, reg.folders.get(lesson) ?? "");
    const file = (name: string): string => join(folder, name);
    const add = (check: string, ok: boolean, message: string): void => { items.push({ exercise: key, check, ok, message }); };
    const problems = new Set<string>();
    const verify = async (path: string): Promise<VerifyReport | string> => {
      try {
        return await engine.verify({ file: path, exercise: key, authorProblems: (p) => { if (!p.startsWith("the reference threw")) problems.add(p); } });
      } catch (e: unknown) {
        return `the verification itself failed: ${why(e)}`;
      }
    };
    const failure = (r: VerifyReport): string => r.error?.message ?? r.failures[0]?.message ?? "?";

    try {
      const cases = generateCases(spec);
      referenceOutputs(spec, reg.lab, cases);
    } catch (e: unknown) {
      add("reference", false, `the reference solution throws: ${why(e)}`);
    }

    const sol = await verify(file(`${spec.name}.solution.ts`));
    if (typeof sol === "string") add("solution", false, sol);
    else add("solution", sol.passed, sol.passed ? `passes ${sol.cases} cases` : `fails: ${failure(sol)}`);

    const starter = file(`${spec.name}.ts`);
    if (existsSync(starter)) {
      const st = await verify(starter);
      if (typeof st === "string") add("starter", false, st);
      else add("starter", !st.passed, st.passed ? "the starter passes: it gives the answer away" : "fails, as a starter should");
    } else {
      add("starter", false, `missing ${spec.name}.ts`);
    }

    if (spec.onnx) {
      try {
        const cases = generateCases(spec);
        const fromModel = await onnxOutputs(key, spec, cases, opts.distRoot ?? null);
        let fromRef: ReturnType<typeof referenceOutputs> | null = null;
        try { fromRef = referenceOutputs(spec, reg.lab, cases); } catch { fromRef = null; }
        if (fromRef) {
          const bad = cases.map((c, i) => ({ c, r: compareValues(fromModel[i]!, fromRef[i], spec.tolerance) })).find((x) => !x.r.ok);
          add("onnx", !bad, bad ? `model and reference disagree in case "${bad.c.name}": ${bad.r.message}` : `model agrees with the reference on ${cases.length} cases`);
        } else {
          add("onnx", false, "the model ran, but the reference it is compared with throws (see \"reference\")");
        }
      } catch (e: unknown) {
        add("onnx", false, `model failed: ${why(e)}`);
      }
    }

    const mistakes = join(folder, `${spec.name}.mistakes`);
    for (const f of existsSync(mistakes) ? readdirSync(mistakes).filter((x) => x.endsWith(".ts")).sort() : []) {
      const path = join(mistakes, f);
      const want = declaredDiagnosis(readFileSync(path, "utf8"));
      const r = await verify(path);
      if (typeof r === "string") { add(`mistake:${f}`, false, r); continue; }
      const got = r.diagnosis?.id ?? null;
      const ok = !r.passed && (want === null || got === want);
      add(`mistake:${f}`, ok, r.passed ? "accepted, but it is a mistake" : want && got !== want ? `rejected, but diagnosed as ${got ?? "nothing"} instead of ${want}` : `rejected as ${got ?? "wrong"}`);
    }

    const alts = join(folder, `${spec.name}.alt`);
    for (const f of existsSync(alts) ? readdirSync(alts).filter((x) => x.endsWith(".ts")).sort() : []) {
      const r = await verify(join(alts, f));
      if (typeof r === "string") { add(`alt:${f}`, false, r); continue; }
      add(`alt:${f}`, r.passed, r.passed ? "passes" : `rejected: ${failure(r)}`);
    }

    if (problems.size) add("detectors", false, `the exercise's own code threw: ${[...problems].slice(0, 5).join("; ")}`);
  }
  return items;
}
