// Runs ONNX reference models in the engine's own process with onnxruntime-web (wasm, one thread).
// Sessions are created lazily, once per model, and cached.
import * as ort from "onnxruntime-web";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TensorValue } from "../spec";
import { GraphBuilder } from "./graph";

let configured = false;

/** Points onnxruntime at the wasm beside the bundle (dist/) when it is there. */
function configure(distRoot: string | null): void {
  if (configured) return;
  configured = true;
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = "error";
  if (distRoot && existsSync(join(distRoot, "ort-wasm-simd-threaded.wasm"))) {
    ort.env.wasm.wasmPaths = distRoot.endsWith("/") ? distRoot : `${distRoot}/`;
  }
}

const sessions = new Map<string, Promise<ort.InferenceSession>>();

export interface ModelSource {
  /** Cache key, e.g. "6.2/softmax". */
  readonly key: string;
  /** Model bytes (built in memory) or a path to a .onnx file. */
  readonly load: () => Uint8Array;
  readonly distRoot: string | null;
}

/**
 * Keeps Node's event loop turning while onnxruntime works. Its wasm compilation and session set-up
 * finish on V8's background threads; when nothing else is scheduled (a CLI run, a fresh process)
 * their completions sat unnoticed for about a second, measured as a 1.1 s event-loop stall. A short
 * interval, only while the promise is pending, lets the loop pick them up at once.
 */
export function keepAwake<T>(p: Promise<T>): Promise<T> {
  const tick = setInterval(() => undefined, 5);
  const stop = (): void => clearInterval(tick);
  p.then(stop, stop);
  return p;
}

export function session(src: ModelSource): Promise<ort.InferenceSession> {
  let s = sessions.get(src.key);
  if (!s) {
    configure(src.distRoot);
    s = keepAwake(ort.InferenceSession.create(src.load(), { executionProviders: ["wasm"], graphOptimizationLevel: "all" }));
    sessions.set(src.key, s);
    s.catch(() => sessions.delete(src.key));
  }
  return s;
}

/** Runs the model; inputs in the order of the session's input names. Outputs as float64 TensorValues. */
export async function runModel(src: ModelSource, inputs: readonly TensorValue[], elem: "double" | "float"): Promise<TensorValue[]> {
  const s = await session(src);
  const feeds: Record<string, ort.Tensor> = {};
  s.inputNames.forEach((name, i) => {
    const v = inputs[i];
    if (!v) throw new Error(`reference model ${src.key}: missing input ${name}`);
    const data = elem === "double" ? new Float64Array(v.data) : new Float32Array(v.data);
    feeds[name] = new ort.Tensor(elem === "double" ? "float64" : "float32", data, [...v.shape]);
  });
  const out = await keepAwake(s.run(feeds));
  return s.outputNames.map((name) => {
    const t = out[name]!;
    const data = t.data as ArrayLike<number | bigint>;
    const f = new Float64Array(data.length);
    for (let i = 0; i < data.length; i++) f[i] = Number(data[i]);
    return { shape: [...t.dims], data: f };
  });
}

/**
 * Compiles onnxruntime's wasm ahead of need with a one-node model (the first session of a process
 * pays for it; later sessions take a few milliseconds).
 */
export async function warmUpOnnx(distRoot: string | null): Promise<void> {
  await session({ key: "\0warm-up", distRoot, load: () => {
    const g = new GraphBuilder("double");
    const y = g.op("Identity", ["x"]);
    return g.encode([{ name: "x", dims: [1] }], [y], 21);
  } });
}

/** Forgets cached sessions (tests). */
export function clearSessions(): void {
  sessions.clear();
}
