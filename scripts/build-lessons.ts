// Build step (run by scripts/build.mjs): validate and prerender every lesson into <out>/course.json
// and <out>/lessons/<id>.json. Exits 1 with `file:line: message` lines on any problem.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCourse } from "./lessons/build-course";
import { attentionModel, diffusionStepModel } from "./lessons/demo-models";
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
// The demo webviews: their ONNX models, and the onnxruntime-web wasm that has both the WebGPU and the
// wasm execution providers (the default browser bundle loads this one).
mkdirSync(join(out, "webviews", "demos"), { recursive: true });
writeFileSync(join(out, "webviews", "demos", "attention.onnx"), attentionModel());
writeFileSync(join(out, "webviews", "demos", "diffusion-step.onnx"), diffusionStepModel());
const require = createRequire(join(root, "package.json"));
const ortWasm = join(dirname(require.resolve("onnxruntime-web")), "ort-wasm-simd-threaded.jspi.wasm");
if (!existsSync(ortWasm)) {
  console.error(`build-lessons: required asset missing: ${ortWasm}`);
  process.exit(1);
}
copyFileSync(ortWasm, join(out, "webviews", "demos", "ort-wasm-simd-threaded.jspi.wasm"));
console.log(`build-lessons: ${result.pages.length} lesson(s), ${result.course.parts.length} parts → ${out}`);
