// Build step: encodes each exercise's ONNX reference model (spec.onnx) as dist/models/<lesson>/<name>.onnx
// and loads it once in onnxruntime-web, so a model that does not load fails the build.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { buildModel } from "../engine/onnx/graph";
import { session } from "../engine/onnx/runner";
import { modelPath } from "../engine/expected";
import { loadSpecs } from "../engine/specs";

async function main(): Promise<void> {
  const i = process.argv.indexOf("--out");
  const out = resolve(i >= 0 ? process.argv[i + 1]! : "dist");
  const root = resolve(__dirname, "..");
  const { specs } = loadSpecs({ lessonsRoot: join(root, "lessons") });
  let count = 0;
  for (const [key, spec] of specs) {
    let bytes: Uint8Array | null;
    try {
      bytes = buildModel(spec);
    } catch (e: unknown) {
      throw new Error(`${key}: the ONNX graph could not be built: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!bytes) continue;
    const file = modelPath(out, key);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    try {
      await session({ key, load: () => bytes, distRoot: null });
    } catch (e: unknown) {
      throw new Error(`${key}: onnxruntime-web rejects the model: ${e instanceof Error ? e.message : String(e)}`);
    }
    count++;
  }
  console.log(`build-models: ${count} reference model(s) in ${join(out, "models")}`);
}

main().catch((e: unknown) => {
  console.error(`build-models: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
