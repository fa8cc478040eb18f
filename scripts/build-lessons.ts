// Build step (run by scripts/build.mjs): validate and prerender every lesson into <out>/course.json
// and <out>/lessons/<id>.json. Exits 1 with `file:line: message` lines on any problem.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCourse } from "./lessons/build-course";
import { formatDiagnostic } from "./lessons/diagnostics";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outFlag = process.argv.indexOf("--out");
const out = resolve(outFlag >= 0 && process.argv[outFlag + 1] ? process.argv[outFlag + 1]! : join(root, "dist"));

const result = buildCourse(root);
if (result.diagnostics.length) {
  for (const d of result.diagnostics) console.error(formatDiagnostic(d));
  console.error(`build-lessons: ${result.diagnostics.length} problem(s) in lessons/`);
  process.exit(1);
}
mkdirSync(join(out, "lessons"), { recursive: true });
writeFileSync(join(out, "course.json"), JSON.stringify(result.course));
for (const page of result.pages) writeFileSync(join(out, "lessons", `${page.id}.json`), JSON.stringify(page));
console.log(`build-lessons: ${result.pages.length} lesson(s), ${result.course.parts.length} parts → ${out}`);
