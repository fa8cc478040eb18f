// The course overview page's HTML: the shared strict-CSP shell with the state in data-state; the
// page script (webviews/overview.ts) draws everything from it. No `vscode` import (unit-tested).
import type { OverviewState } from "../../protocol/webview";
import { webviewHtml } from "../webview-html";

export interface OverviewHtmlOptions {
  readonly state: OverviewState;
  readonly cspSource: string;
  readonly nonce: string;
  /** Base URI of dist/webviews as the webview sees it, without trailing slash. */
  readonly webviewsBase: string;
}

export function overviewHtml(o: OverviewHtmlOptions): string {
  return webviewHtml({
    title: "Course Overview",
    cspSource: o.cspSource,
    nonce: o.nonce,
    scriptUri: `${o.webviewsBase}/overview.js`,
    styleUris: [`${o.webviewsBase}/overview.css`],
    state: o.state,
    body: `<header class="overview-header"><h1>ML Math Lab</h1><p id="summary" class="summary"></p><div id="continue" class="continue"></div></header>
<div id="parts" class="parts"></div>`,
  });
}
