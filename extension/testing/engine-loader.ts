// The engine (engine/verify.ts with onnxruntime-web, the ONNX graph builder, the transpiler and the
// sandbox pool) is required on first use, never at activation. Because this is the only place that
// reaches it, esbuild wraps that module graph in a lazy initialiser inside dist/extension.js and
// evaluates it here, the first time `loadEngine()` runs (first ✓ Verify / ▶ Run, or the warm-up a
// second after activation). Only types are imported statically.
import type * as EngineModule from "../../engine/verify";

let loadedAt: number | undefined;

export function loadEngine(): typeof EngineModule {
  loadedAt ??= performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("../../engine/verify") as typeof EngineModule;
}

/** performance.now() when the engine was first required, or undefined while it has not been. */
export function engineLoadedAt(): number | undefined {
  return loadedAt;
}
