// The ▶ Run results panel: one panel, reused, showing the demo's printed text and plots.
import * as vscode from "vscode";
import type { PlotData, RunReport } from "../protocol/verify";
import type { ExtensionToRunView, PlotSpec, RunViewState } from "../protocol/webview";
import { makeNonce, webviewHtml } from "./webview-html";

export const runViewType = "mathlab.run";

/** Run plot data and lesson figures share one renderer; the shapes differ only in optional fields. */
export function toPlotSpec(p: PlotData): PlotSpec {
  switch (p.kind) {
    case "line":
      return { kind: "line", ...(p.title ? { title: p.title } : {}), x: p.x, series: p.series };
    case "scatter":
      return { kind: "scatter", ...(p.title ? { title: p.title } : {}), series: p.series };
    case "heatmap":
      return { kind: "heatmap", ...(p.title ? { title: p.title } : {}), z: p.z,
        cells: { ...(p.xLabels ? { xLabels: p.xLabels } : {}), ...(p.yLabels ? { yLabels: p.yLabels } : {}) } };
    case "histogram":
      return { kind: "histogram", ...(p.title ? { title: p.title } : {}), values: p.values, ...(p.bins ? { bins: p.bins } : {}) };
  }
}

export function runViewState(report: RunReport): RunViewState {
  return {
    exercise: report.exercise,
    title: report.title ?? `Run ${report.exercise}`,
    ok: report.ok,
    text: report.text,
    error: report.error?.message ?? null,
    ms: report.ms,
    plots: report.plots.map(toPlotSpec),
  };
}

export class RunPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  constructor(private readonly distUri: vscode.Uri) {}

  show(report: RunReport): void {
    const state = runViewState(report);
    if (this.panel) {
      this.panel.title = `▶ ${state.title}`;
      void this.panel.webview.postMessage({ type: "show", state } satisfies ExtensionToRunView);
      this.panel.reveal(this.panel.viewColumn ?? vscode.ViewColumn.Beside, true);
      return;
    }
    const webviews = vscode.Uri.joinPath(this.distUri, "webviews");
    const panel = vscode.window.createWebviewPanel(runViewType, `▶ ${state.title}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [webviews] });
    const uri = (f: string) => panel.webview.asWebviewUri(vscode.Uri.joinPath(webviews, f)).toString();
    panel.webview.html = webviewHtml({
      title: state.title, cspSource: panel.webview.cspSource, nonce: makeNonce(),
      scriptUri: uri("run.js"), styleUris: [uri("run.css")], state, body: "",
    });
    panel.onDidDispose(() => { this.panel = undefined; });
    this.panel = panel;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
