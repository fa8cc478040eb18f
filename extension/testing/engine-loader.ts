// The engine (engine/verify.ts with onnxruntime-web, the ONNX graph builder, the transpiler and the
// sandbox pool) is required on first use, never at activation: it is its own bundle, dist/engine.js,
// beside dist/extension.js, read the first time `loadEngine()` runs (first ✓ Verify / ▶ Run, or the
// warm-up a second after activation). Only types are imported statically.
import * as path from "node:path";
import type * as EngineModule from "../../engine/verify";

let loadedAt: number | undefined;

export function loadEngine(): typeof EngineModule {
  loadedAt ??= performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(__dirname, "engine.js")) as typeof EngineModule;
}

/** performance.now() when the engine was first required, or undefined while it has not been. */
export function engineLoadedAt(): number | undefined {
  return loadedAt;
}
