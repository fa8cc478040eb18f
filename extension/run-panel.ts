// The ▶ Run results panel: one panel, reused, showing the demo's printed text and plots.
import * as vscode from "vscode";
import type { RunReport } from "../protocol/verify";
import type { ExtensionToRunView, RunViewState } from "../protocol/webview";
import { makeNonce, webviewHtml } from "./webview-html";

export const runViewType = "mathlab.run";

export function runViewState(report: RunReport): RunViewState {
  return {
    exercise: report.exercise,
    title: report.title ?? `Run ${report.exercise}`,
    ok: report.ok,
    text: report.text,
    error: report.error?.message ?? null,
    ms: report.ms,
    plots: report.plots,
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
