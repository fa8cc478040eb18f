// npm run bench -- verify: warm and cold ✓ Verify of three exercises (softmax, attention, a matrix
// decomposition) next to `vitest run` of an equivalent test file for the same function.
// Goals: warm p50 ≤ 150 ms, cold ≤ 800 ms, ≥ 10× faster than vitest.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateCases } from "../engine/cases";
import { Engine } from "../engine/verify";

const root = resolve(__dirname, "..");
const lessons = join(root, "lessons");
const fixtures = join(root, "test", "unit", "engine", "fixtures");

interface Target {
  readonly label: string;
  readonly key: string;
  readonly lessonsRoot: string;
  readonly solution: string;
}

const candidates: Target[] = [
  { label: "softmax", key: "6.2/softmax", lessonsRoot: lessons, solution: join(lessons, "6.2-logistic-softmax", "softmax.solution.ts") },
  existsSync(join(lessons, "9.1-attention", "scaledDotProductAttention.solution.ts"))
    ? { label: "attention", key: "9.1/scaledDotProductAttention", lessonsRoot: lessons, solution: join(lessons, "9.1-attention", "scaledDotProductAttention.solution.ts") }
    : { label: "attention (fixture)", key: "9.9/attention", lessonsRoot: fixtures, solution: join(fixtures, "9.9-fixture", "attention.solution.ts") },
  { label: "svd", key: "1.5/svd", lessonsRoot: lessons, solution: join(lessons, "1.5-svd", "svd.solution.ts") },
];
const targets = candidates.filter((t) => existsSync(t.solution));

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const ms = (x: number): string => `${x.toFixed(0).padStart(6)} ms`;

/** Child mode: one Verify in a fresh process; prints the time from engine creation to report. */
async function coldChild(t: Target, noCache: boolean): Promise<void> {
  const t0 = performance.now();
  const engine = new Engine({ distRoot: null, lessonsRoot: t.lessonsRoot, ...(noCache ? { cacheDir: null } : {}) });
  const r = await engine.verify({ file: t.solution, exercise: t.key });
  const total = performance.now() - t0;
  engine.dispose();
  console.log(JSON.stringify({ total, passed: r.passed }));
}

/** A fresh process; `noCache`: without the on-disk expected outputs (the very first Verify after installing). */
function cold(t: Target, noCache = false): number {
  const r = spawnSync(process.execPath, ["--import", "tsx", __filename, "--cold", t.key, ...(noCache ? ["--no-cache"] : [])], { cwd: root, encoding: "utf8" });
  const line = r.stdout.trim().split("\n").pop() ?? "";
  const parsed = JSON.parse(line) as { total: number; passed: boolean };
  if (!parsed.passed) throw new Error(`${t.key}: the solution does not pass`);
  return parsed.total;
}

async function warm(t: Target, engine: Engine, runs = 20): Promise<number[]> {
  await engine.verify({ file: t.solution, exercise: t.key });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await engine.verify({ file: t.solution, exercise: t.key });
    times.push(performance.now() - t0);
    if (!r.passed) throw new Error(`${t.key}: the solution does not pass`);
  }
  return times;
}

/** An equivalent vitest file: the same seeded cases, the function against its reference. */
function vitest(t: Target, engine: Engine): number {
  const dir = join(root, "node_modules", ".cache", "mathlab-bench");
  mkdirSync(dir, { recursive: true });
  const spec = engine.spec(t.key)!;
  const n = generateCases(spec).length;
  const name = spec.name;
  const testFile = join(dir, `${name}.test.ts`);
  writeFileSync(join(dir, "vitest.config.mjs"),
    `export default { resolve: { alias: { mathlab: ${JSON.stringify(join(root, "lab", "index.ts"))} } }, test: { include: ["${name}.test.ts"] } };\n`);
  writeFileSync(testFile, [
    `import { expect, test } from "vitest";`,
    `import * as np from "mathlab";`,
    `import { ${name} } from ${JSON.stringify(t.solution.replace(/\.ts$/, ""))};`,
    `import spec from ${JSON.stringify(join(t.lessonsRoot, t.solution.split("/").slice(-2, -1)[0]!, `${name}.spec`))};`,
    `test("${name} matches its reference on ${n} seeded cases", () => {`,
    `  for (let i = 0; i < ${n}; i++) {`,
    `    np.random.seed(i);`,
    `    const args = spec.args.map((a: any) => a.kind === "tensor" ? np.random.randn(...a.shape.split(" ").map((d: string) => /\\d/.test(d) ? Number(d) : 4)) : 1);`,
    `    const got: any = (${name} as any)(...args), want: any = (spec.reference as any)(...args);`,
    `    const g = [got].flat(), w = [want].flat();`,
    `    g.forEach((x: any, j: number) => expect(Array.from(x.data ?? [x])).toEqual(Array.from(w[j].data ?? [w[j]])));`,
    `  }`,
    `});`,
  ].join("\n"));
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, "node_modules", "vitest", "vitest.mjs"), "run", "--root", dir, "--config", join(dir, "vitest.config.mjs")],
    { cwd: root, encoding: "utf8" });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`vitest failed for ${name}:\n${r.stdout}\n${r.stderr}`);
  return wall;
}

async function main(): Promise<void> {
  const i = process.argv.indexOf("--cold");
  if (i >= 0) {
    const t = candidates.find((c) => c.key === process.argv[i + 1]);
    if (!t) throw new Error("unknown target");
    await coldChild(t, process.argv.includes("--no-cache"));
    return;
  }
  console.log(`${"exercise".padEnd(22)}${"warm p50".padStart(10)}${"warm p90".padStart(10)}${"cold".padStart(10)}${"1st ever".padStart(10)}${"vitest".padStart(10)}  vitest/warm  vitest/cold`);
  for (const t of targets) {
    const engine = new Engine({ distRoot: null, lessonsRoot: t.lessonsRoot });
    try {
      const w = await warm(t, engine);
      const c = cold(t);
      const first = cold(t, true);
      const v = vitest(t, engine);
      const p50 = quantile(w, 0.5);
      console.log(`${t.label.padEnd(22)}${ms(p50)}${ms(quantile(w, 0.9))}${ms(c)}${ms(first)}${ms(v)}  ${(v / p50).toFixed(1).padStart(9)}×  ${(v / c).toFixed(1).padStart(9)}×`);
    } finally {
      engine.dispose();
    }
  }
  console.log("\nwarm: Verify in a running engine (warm sandbox spare, cached references); cold: a fresh process from engine creation to report");
  console.log("(transpiler load, sandbox start, expected outputs from the on-disk cache); 1st ever: the same without that cache");
  console.log("(onnxruntime's wasm compiled in the run); vitest: wall time of `vitest run` on an equivalent test file.");
  console.log("Goals: warm p50 ≤ 150 ms, cold ≤ 800 ms, ≥ 10× faster than vitest.");
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
