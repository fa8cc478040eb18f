// Checks the course's exercises as an author would want: every reference solution passes, every
// starter fails, every ONNX model agrees with its TypeScript reference, every listed wrong
// implementation is rejected with the diagnosis its first line names, every alternative passes.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCases } from "./cases";
import { compareValues } from "./compare";
import { onnxOutputs, referenceOutputs } from "./expected";
import type { Engine } from "./verify";

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

export async function checkCourse(engine: Engine, lessonsRoot: string, opts: { lesson?: string; distRoot?: string | null } = {}): Promise<CheckItem[]> {
  const reg = engine.registry();
  const items: CheckItem[] = [];
  for (const [key, spec] of reg.specs) {
    const lesson = key.split("/")[0]!;
    if (opts.lesson && lesson !== opts.lesson) continue;
    const folder = join(lessonsRoot, reg.folders.get(lesson) ?? "");
    const file = (name: string): string => join(folder, name);
    const add = (check: string, ok: boolean, message: string): void => { items.push({ exercise: key, check, ok, message }); };

    const solution = file(`${spec.name}.solution.ts`);
    const sol = await engine.verify({ file: solution, exercise: key });
    add("solution", sol.passed, sol.passed ? `passes ${sol.cases} cases` : `fails: ${sol.error?.message ?? sol.failures[0]?.message ?? "?"}`);

    const starter = file(`${spec.name}.ts`);
    if (existsSync(starter)) {
      const st = await engine.verify({ file: starter, exercise: key });
      add("starter", !st.passed, st.passed ? "the starter passes: it gives the answer away" : "fails, as a starter should");
    } else {
      add("starter", false, `missing ${spec.name}.ts`);
    }

    if (spec.onnx) {
      const cases = generateCases(spec);
      try {
        const fromModel = await onnxOutputs(key, spec, cases, opts.distRoot ?? null);
        const fromRef = referenceOutputs(spec, reg.lab, cases);
        const bad = cases.map((c, i) => ({ c, r: compareValues(fromModel[i]!, fromRef[i], spec.tolerance) })).find((x) => !x.r.ok);
        add("onnx", !bad, bad ? `model and reference disagree in case "${bad.c.name}": ${bad.r.message}` : `model agrees with the reference on ${cases.length} cases`);
      } catch (e: unknown) {
        add("onnx", false, `model failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }

    const mistakes = join(folder, `${spec.name}.mistakes`);
    for (const f of existsSync(mistakes) ? readdirSync(mistakes).filter((x) => x.endsWith(".ts")).sort() : []) {
      const path = join(mistakes, f);
      const want = declaredDiagnosis(readFileSync(path, "utf8"));
      const r = await engine.verify({ file: path, exercise: key });
      const got = r.diagnosis?.id ?? null;
      const ok = !r.passed && (want === null || got === want);
      add(`mistake:${f}`, ok, r.passed ? "accepted, but it is a mistake" : want && got !== want ? `rejected, but diagnosed as ${got ?? "nothing"} instead of ${want}` : `rejected as ${got ?? "wrong"}`);
    }

    const alts = join(folder, `${spec.name}.alt`);
    for (const f of existsSync(alts) ? readdirSync(alts).filter((x) => x.endsWith(".ts")).sort() : []) {
      const r = await engine.verify({ file: join(alts, f), exercise: key });
      add(`alt:${f}`, r.passed, r.passed ? "passes" : `rejected: ${r.error?.message ?? r.failures[0]?.message ?? "?"}`);
    }
  }
  return items;
}
