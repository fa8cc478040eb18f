// The ▶ Run results panel: what the exercise's demo printed, then its figures (optimiser
// trajectories, fitted densities, projections), drawn by the same renderer as lesson figures.
// State arrives in data-state and in "show" messages; nothing from it is parsed as HTML.
import type { ExtensionToRunView, RunViewState } from "../protocol/webview";
import { vscodeApi } from "./lesson/vscode-api";
import { renderPlot, type PlotHandle } from "./plot/render-plot";

const api = vscodeApi<RunViewState, never>();
const root = document.getElementById("root")!;
let handles: PlotHandle[] = [];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function draw(state: RunViewState): void {
  for (const h of handles) h.dispose();
  handles = [];
  const header = el("header", "run-header");
  header.append(el("h1", "run-title", state.title), el("p", state.ok ? "run-status ok" : "run-status failed",
    `${state.ok ? "Ran" : "Stopped"} in ${Math.round(state.ms)} ms · ${state.exercise}`));
  const parts: HTMLElement[] = [header];
  if (state.error) parts.push(el("p", "run-error", state.error));
  if (state.text.trim()) parts.push(el("pre", "run-text", state.text));
  const figures = el("section", "run-figures");
  for (const spec of state.plots) {
    const figure = el("figure", "plot");
    if (spec.title) figure.append(el("figcaption", "plot-title", spec.title));
    const box = el("div", "plot-box");
    figure.append(box);
    figures.append(figure);
    handles.push(renderPlot(box, spec));
  }
  if (state.plots.length) parts.push(figures);
  root.replaceChildren(...parts);
  api.setState(state);
  document.body.dataset["ready"] = "true";
}

window.addEventListener("message", (event: MessageEvent<ExtensionToRunView>) => {
  const msg = event.data;
  switch (msg.type) {
    case "show":
      draw(msg.state);
      return;
    default: {
      const never: never = msg.type;
      throw new Error(`unknown message ${String(never)}`);
    }
  }
});
window.addEventListener("resize", () => { for (const h of handles) h.redraw(); });
new MutationObserver(() => { for (const h of handles) h.redraw(); }).observe(document.body, { attributes: true, attributeFilter: ["class"] });

draw(api.getState() ?? (JSON.parse(root.dataset["state"] ?? "null") as RunViewState));
