// Demo panels (attention, diffusion): onnxruntime-web runs inside the webview.
import * as vscode from "vscode";
import type { DemoToExtension } from "../../protocol/webview";
import { demoHtml, demoTitles, type DemoKind } from "./demo-html";
import { makeNonce } from "../webview-html";

export const demoViewType = "mathlab.demo";

export function isDemoKind(value: unknown): value is DemoKind {
  return value === "attention" || value === "diffusion";
}

export function fillDemoPanel(panel: vscode.WebviewPanel, kind: DemoKind, distUri: vscode.Uri): void {
  const webviews = vscode.Uri.joinPath(distUri, "webviews");
  panel.webview.options = { enableScripts: true, localResourceRoots: [webviews] };
  panel.title = demoTitles[kind];
  panel.webview.html = demoHtml({ kind, cspSource: panel.webview.cspSource, nonce: makeNonce(), webviewsBase: panel.webview.asWebviewUri(webviews).toString() });
  const sub = panel.webview.onDidReceiveMessage((msg: DemoToExtension) => {
    switch (msg.type) {
      case "ready":
        return;
      case "error":
        void vscode.window.showWarningMessage(`ML Math Lab demo: ${msg.message}`);
        return;
      default: {
        const never: never = msg;
        throw new Error(`unknown demo message ${JSON.stringify(never)}`);
      }
    }
  });
  panel.onDidDispose(() => sub.dispose());
}

export function openDemoPanel(kind: DemoKind, distUri: vscode.Uri): vscode.WebviewPanel {
  const panel = vscode.window.createWebviewPanel(demoViewType, demoTitles[kind], vscode.ViewColumn.Beside, {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(distUri, "webviews")],
  });
  fillDemoPanel(panel, kind, distUri);
  return panel;
}
