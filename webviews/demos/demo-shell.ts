// Shared parts of the demo pages: initial state, the backend badge, readiness and test hooks.
import type { DemoBackend, DemoToExtension } from "../../protocol/webview";
import { vscodeApi } from "../lesson/vscode-api";

export interface DemoViewState {
  readonly kind: "attention" | "diffusion";
  /** URL of dist/webviews/demos as the webview sees it (no trailing slash). */
  readonly assets: string;
  /** Tests force a backend to compare both on one machine. */
  readonly backend?: DemoBackend;
}

export const demoApi = vscodeApi<Record<string, unknown>, DemoToExtension>();

export function demoState(): DemoViewState {
  const state = JSON.parse(document.getElementById("root")?.dataset["state"] ?? "{}") as DemoViewState;
  // The panel serializer reopens the same demo after a reload.
  demoApi.setState({ kind: state.kind });
  return state;
}

export function showBackend(backend: DemoBackend, note: string): void {
  const badge = document.getElementById("backend");
  if (badge) {
    badge.textContent = backend === "webgpu" ? "WebGPU" : "WebAssembly (CPU)";
    badge.dataset["backend"] = backend;
    badge.title = note || `Running on ${backend}`;
  }
  document.body.dataset["backend"] = backend;
}

export function showError(e: unknown): void {
  const message = e instanceof Error ? e.message : String(e);
  const el = document.getElementById("status");
  if (el) el.textContent = `The demo could not run: ${message}`;
  document.body.dataset["error"] = message;
  demoApi.postMessage({ type: "error", message });
}

/** Results the browser tests read back. */
export function publish(values: Record<string, unknown>): void {
  const w = window as unknown as { __demo?: Record<string, unknown> };
  w.__demo = { ...w.__demo, ...values };
}
