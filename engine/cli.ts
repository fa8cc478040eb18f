#!/usr/bin/env node
// `mathlab verify <file|folder> [--json]` (autograding: exit 1 on any failure) and
// `mathlab check-course [--lesson 6.2] [--json]` (authors: solutions pass, starters fail, models agree,
// mistakes are diagnosed, alternatives pass).
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { checkCourse } from "./check-course";
import { Engine } from "./verify";
import type { VerifyReport } from "../protocol/verify";

const USAGE = `usage:
  mathlab verify <file|folder> [--json] [--timeout <seconds>]
  mathlab check-course [--lesson <id>] [--json]`;

function option(args: string[], name: string): string | null {
  const i = args.indexOf(name);
  if (i < 0) return null;
  const v = args[i + 1];
  args.splice(i, 2);
  return v ?? null;
}

function flag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}

/** Exercise files under a folder (skipping solutions, specs, mistakes, alternatives and dot folders). */
function exerciseFiles(engine: Engine, target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith(".") && e.name !== "node_modules" && !/\.(mistakes|alt)$/.test(e.name)) walk(p);
      } else if (e.name.endsWith(".ts") && !/\.(spec|solution|d)\.ts$/.test(e.name)) {
        const key = engine.exerciseOf(p);
        if (key && engine.spec(key)) out.push(p);
      }
    }
  };
  walk(target);
  return out;
}

function printReport(r: VerifyReport, cwd: string): void {
  const mark = r.passed ? "✓" : "✗";
  const ok = r.results.filter((c) => c.passed).length;
  console.log(`${mark} ${r.exercise}  ${relative(cwd, r.file)}  ${ok}/${r.cases} cases  ${Math.round(r.ms)} ms`);
  if (r.error) console.log(`    ${r.error.message}${r.error.line ? ` [line ${r.error.line}]` : ""}`);
  for (const f of r.failures.slice(0, 3)) console.log(`    case "${f.case}": ${f.message}`);
  if (r.failures.length > 3) console.log(`    … and ${r.failures.length - 3} more failing cases`);
  if (r.diagnosis) console.log(`    diagnosis (${r.diagnosis.id}): ${r.diagnosis.message}`);
  if (!r.passed && r.hint) console.log(`    hint: ${r.hint}`);
}

async function verifyCommand(args: string[]): Promise<number> {
  const json = flag(args, "--json");
  const timeout = option(args, "--timeout");
  const target = args[0];
  if (!target || !existsSync(target)) {
    console.error(target ? `no such file or folder: ${target}` : USAGE);
    return 2;
  }
  const engine = new Engine({ timeoutSeconds: timeout ? Number(timeout) : 5 });
  try {
    const files = exerciseFiles(engine, resolve(target));
    if (files.length === 0) {
      console.error(`no exercise files found in ${target}`);
      return 2;
    }
    const reports: VerifyReport[] = [];
    for (const file of files) {
      const r = await engine.verify({ file });
      reports.push(r);
      if (!json) printReport(r, process.cwd());
    }
    if (json) {
      console.log(JSON.stringify(reports.map((r) => ({
        exercise: r.exercise, file: r.file, passed: r.passed, cases: r.cases,
        failures: r.failures.map((f) => ({ case: f.case, message: f.message, maxAbsError: f.maxAbsError, maxRelError: f.maxRelError, firstIndex: f.firstIndex })),
        diagnosis: r.diagnosis, error: r.error, ms: Math.round(r.ms),
      })), null, 2));
    }
    return reports.every((r) => r.passed) ? 0 : 1;
  } finally {
    engine.dispose();
  }
}

async function checkCourseCommand(args: string[]): Promise<number> {
  const json = flag(args, "--json");
  const lesson = option(args, "--lesson") ?? undefined;
  const engine = new Engine({});
  try {
    const lessonsRoot = [join(__dirname, "..", "lessons"), join(process.cwd(), "lessons")].find(existsSync);
    if (!lessonsRoot) { console.error("check-course: no lessons/ folder found"); return 2; }
    const items = await checkCourse(engine, lessonsRoot, { lesson });
    if (json) console.log(JSON.stringify(items, null, 2));
    else for (const i of items) console.log(`${i.ok ? "✓" : "✗"} ${i.exercise} ${i.check}: ${i.message}`);
    const bad = items.filter((i) => !i.ok).length;
    if (!json) console.log(`\n${items.length - bad}/${items.length} checks passed`);
    if (items.length === 0) { console.error(lesson ? `no exercises in lesson ${lesson}` : "no exercises found"); return 1; }
    return bad ? 1 : 0;
  } finally {
    engine.dispose();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "verify") return verifyCommand(rest);
  if (command === "check-course") return checkCourseCommand(rest);
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exitCode = 2;
});
