// onnxruntime-web in a webview: the WebGPU execution provider when navigator.gpu yields an adapter,
// the wasm provider otherwise (or when WebGPU fails to start), and which one is active.
import * as ort from "onnxruntime-web/jspi";
import type { DemoBackend } from "../../protocol/webview";

export interface DemoSession {
  readonly backend: DemoBackend;
  /** Why WebGPU is not in use, when it is not. */
  readonly note: string;
  run(feeds: Record<string, ort.Tensor>): Promise<Record<string, Float32Array>>;
}

interface GpuNavigator { gpu?: { requestAdapter(): Promise<unknown> } }

export async function webgpuAvailable(): Promise<string | undefined> {
  const gpu = (navigator as GpuNavigator).gpu;
  if (!gpu) return "navigator.gpu is not available";
  try {
    return (await gpu.requestAdapter()) ? undefined : "no WebGPU adapter";
  } catch (e) {
    return `WebGPU adapter request failed: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** Loads a model from the extension (assetsBase: the demos folder URL) on the best available backend. */
export async function openSession(assetsBase: string, modelFile: string, forced?: DemoBackend): Promise<DemoSession> {
  // The shipped onnxruntime build is the JSPI one (it has both the WebGPU and the wasm providers in
  // the smallest file); it needs WebAssembly JS Promise Integration, in Chromium since version 137.
  if (typeof (WebAssembly as unknown as { Suspending?: unknown }).Suspending !== "function") {
    throw new Error("this demo needs WebAssembly JSPI, which this editor's browser engine lacks (Chromium 137 or newer has it)");
  }
  // Only the .wasm comes from the extension; the loader is part of the bundle (a dynamic import of a
  // separate script would need a wider script-src).
  ort.env.wasm.wasmPaths = { wasm: `${assetsBase}/ort-wasm-simd-threaded.jspi.wasm` };
  // Webviews are not cross-origin isolated: no SharedArrayBuffer, so one thread.
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  const bytes = new Uint8Array(await (await fetch(`${assetsBase}/${modelFile}`)).arrayBuffer());
  let note = forced === "wasm" ? "wasm chosen" : await webgpuAvailable() ?? "";
  let backend: DemoBackend = forced ?? (note ? "wasm" : "webgpu");
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(bytes, { executionProviders: [backend] });
  } catch (e) {
    if (backend !== "webgpu") throw e;
    note = `WebGPU failed to start (${e instanceof Error ? e.message : String(e)})`;
    backend = "wasm";
    session = await ort.InferenceSession.create(bytes, { executionProviders: ["wasm"] });
  }
  return {
    backend,
    note,
    async run(feeds) {
      const results = await session.run(feeds);
      const out: Record<string, Float32Array> = {};
      for (const [name, tensor] of Object.entries(results)) out[name] = (await tensor.getData()) as Float32Array;
      return out;
    },
  };
}

export function floatTensor(data: Float32Array | readonly number[], dims: readonly number[]): ort.Tensor {
  return new ort.Tensor("float32", data instanceof Float32Array ? data : Float32Array.from(data), dims);
}
