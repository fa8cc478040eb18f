// The HTML shell of every webview: a strict CSP (scripts by nonce, styles and fonts from the extension),
// initial state in an escaped data- attribute, never interpolated into a script. No `vscode` import,
// so it is unit-tested in plain Node.
import { randomBytes } from "node:crypto";

export function makeNonce(): string {
  return randomBytes(18).toString("base64").replace(/[+/=]/g, "");
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export interface ShellOptions {
  readonly title: string;
  /** webview.cspSource */
  readonly cspSource: string;
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUris: readonly string[];
  /** Extra CSS to inline in a nonce'd <style> (the lesson's typeset-math classes). */
  readonly inlineCss?: string;
  /**
   * A classic script run from the <head> before the body is parsed (nonce'd, inline), with an optional
   * inert JSON block before it that it may read by id.
   */
  readonly boot?: { readonly script: string; readonly data?: { readonly id: string; readonly value: unknown } };
  /** JSON-serialisable initial state, written to <main data-state>. */
  readonly state: unknown;
  readonly body: string;
  /** Demo webviews run onnxruntime-web's wasm: only they get 'wasm-unsafe-eval'. */
  readonly wasm?: boolean;
  /** Demo webviews fetch the model and wasm files from the extension. */
  readonly connectToExtension?: boolean;
}

export function contentSecurityPolicy(o: Pick<ShellOptions, "cspSource" | "nonce" | "wasm" | "connectToExtension">): string {
  return [
    "default-src 'none'",
    `img-src ${o.cspSource} data:`,
    `style-src ${o.cspSource} 'nonce-${o.nonce}'`,
    `font-src ${o.cspSource}`,
    `script-src 'nonce-${o.nonce}'${o.wasm ? " 'wasm-unsafe-eval'" : ""}`,
    ...(o.connectToExtension ? [`connect-src ${o.cspSource}`] : []),
  ].join("; ");
}

/**
 * JSON as the text of a <script type="application/json">: a script element of an unknown type is never run
 * (the CSP has nothing to say about it) and its text is read back verbatim. `</` is written `<\/` and
 * `<!` as `\u003c!` (both still the same JSON strings), so that no `</script>` or `<!--` in the data can
 * end the element early; other `<` stay, which keeps HTML-heavy data about as small as the HTML it carries.
 */
export function jsonScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/<\//g, "<\\/").replace(/<!/g, "\\u003c!");
}

function bootHtml(boot: NonNullable<ShellOptions["boot"]>, nonce: string): string {
  // The script is our own build output; one that could end its element early is a build bug.
  if (/<\/script|<!--/i.test(boot.script)) throw new Error("boot script contains </script or <!--");
  const data = boot.data ? `<script type="application/json" id="${escapeAttribute(boot.data.id)}">${jsonScriptText(boot.data.value)}</script>\n` : "";
  return `${data}<script nonce="${nonce}">${boot.script}</script>\n`;
}

/**
 * The page script is a module, so it runs only once the document is parsed wherever it stands; in the
 * head it is fetched at once, instead of when the parser reaches the end of a large lesson body.
 */
export function webviewHtml(o: ShellOptions): string {
  const styles = o.styleUris.map((u) => `<link rel="stylesheet" href="${escapeAttribute(u)}">`).join("\n");
  const inline = o.inlineCss ? `<style nonce="${o.nonce}">${o.inlineCss.replace(/<\//g, "<\\/")}</style>` : "";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(o))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeAttribute(o.title)}</title>
${styles}
${inline}
<script type="module" nonce="${o.nonce}" src="${escapeAttribute(o.scriptUri)}"></script>
${o.boot ? bootHtml(o.boot, o.nonce) : ""}</head>
<body>
<main id="root" data-state="${escapeAttribute(JSON.stringify(o.state))}">
${o.body}
</main>
</body>
</html>`;
}
