// The demo pages (attention, diffusion): controls and a figure; the only webviews whose CSP allows
// 'wasm-unsafe-eval' (onnxruntime-web) and fetching the model from the extension.
import type { DemoBackend } from "../../protocol/webview";
import { webviewHtml } from "../webview-html";

export type DemoKind = "attention" | "diffusion";

export const demoTitles: Readonly<Record<DemoKind, string>> = {
  attention: "Demo: attention weights",
  diffusion: "Demo: diffusion on 2-D points",
};

export interface DemoHtmlOptions {
  readonly kind: DemoKind;
  readonly cspSource: string;
  readonly nonce: string;
  /** dist/webviews as the webview sees it, without trailing slash. */
  readonly webviewsBase: string;
  readonly backend?: DemoBackend;
}

const bodies: Readonly<Record<DemoKind, string>> = {
  attention: `<h1>Scaled dot-product attention</h1>
<p>Each row shows how much one query position attends to every key position:
softmax(QK<sup>T</sup> / (√d · T)). Lower temperatures sharpen the rows, higher ones flatten them.
Running on <span id="backend" class="backend">…</span></p>
<div class="demo-controls">
<label for="length">Sequence length</label><input id="length" type="range" min="2" max="48" step="1" value="12"><output id="length-value"></output>
<label for="temperature">Temperature</label><input id="temperature" type="range" min="-1" max="1" step="0.05" value="0"><output id="temperature-value"></output>
</div>
<figure id="heatmap"></figure>
<p id="status" class="status" aria-live="polite">Loading the model…</p>`,
  diffusion: `<h1>Diffusion: from noise to data</h1>
<p>Points start as Gaussian noise and follow the DDPM reverse process to a ring of eight clusters.
Each step's denoiser is exact for this data, computed by an ONNX model.
Running on <span id="backend" class="backend">…</span></p>
<div class="demo-controls">
<label for="count">Points</label><input id="count" type="range" min="100" max="2000" step="100" value="400"><output id="count-value"></output>
<span>Step</span><output id="step-value"></output><button id="run" type="button">Sample again</button>
</div>
<figure id="scatter"></figure>
<p id="status" class="status" aria-live="polite">Loading the model…</p>`,
};

export function demoHtml(o: DemoHtmlOptions): string {
  return webviewHtml({
    title: demoTitles[o.kind],
    cspSource: o.cspSource,
    nonce: o.nonce,
    scriptUri: `${o.webviewsBase}/${o.kind}-demo.js`,
    styleUris: [`${o.webviewsBase}/demo.css`],
    state: { kind: o.kind, assets: `${o.webviewsBase}/demos`, ...(o.backend ? { backend: o.backend } : {}) },
    body: bodies[o.kind],
    wasm: true,
    connectToExtension: true,
  });
}
