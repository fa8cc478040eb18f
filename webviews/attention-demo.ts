// Attention demo: softmax(QKᵀ/(√d·T)) on a sequence of token vectors, computed by an ONNX model
// in the webview; sliders for the sequence length and the temperature, heatmap of the weights.
import { modelDim, tokenVectors } from "./demos/attention-inputs";
import { demoApi, demoState, publish, showBackend, showError } from "./demos/demo-shell";
import { floatTensor, openSession, type DemoSession } from "./demos/ort-backend";
import { renderPlot, type PlotHandle } from "./plot/render-plot";

const lengthInput = document.getElementById("length") as HTMLInputElement;
const temperatureInput = document.getElementById("temperature") as HTMLInputElement;
const lengthOut = document.getElementById("length-value")!;
const temperatureOut = document.getElementById("temperature-value")!;
const heatmap = document.getElementById("heatmap")!;
const status = document.getElementById("status")!;

/** The slider runs over log T, so that 0.1 and 10 are equally far from 1. */
const temperatureOf = (slider: number): number => +(10 ** slider).toPrecision(3);

let session: DemoSession | undefined;
let plot: PlotHandle | undefined;
let pending = false;
let running = false;

async function update(): Promise<void> {
  if (!session) return;
  if (running) { pending = true; return; }
  running = true;
  const length = Number(lengthInput.value);
  const temperature = temperatureOf(Number(temperatureInput.value));
  lengthOut.textContent = String(length);
  temperatureOut.textContent = String(temperature);
  const t0 = performance.now();
  const { weights } = await session.run({
    x: floatTensor(tokenVectors(length), [length, modelDim]),
    temperature: floatTensor([temperature], [1]),
  });
  const ms = performance.now() - t0;
  const z = Array.from({ length }, (_, r) => Array.from(weights!.subarray(r * length, (r + 1) * length)));
  plot?.dispose();
  plot = renderPlot(heatmap, { kind: "heatmap", title: "Attention weights", xLabel: "key position", yLabel: "query position", z, xRange: [0, length - 1], yRange: [0, length - 1] });
  status.textContent = `${length} × ${length} weights in ${ms.toFixed(1)} ms; each row sums to 1.`;
  publish({ weights: Array.from(weights!), length, temperature });
  running = false;
  if (pending) { pending = false; await update(); }
}

async function main(): Promise<void> {
  const state = demoState();
  session = await openSession(state.assets, "attention.onnx", state.backend);
  showBackend(session.backend, session.note);
  publish({ backend: session.backend });
  lengthInput.addEventListener("input", () => { void update(); });
  temperatureInput.addEventListener("input", () => { void update(); });
  await update();
  document.body.dataset["ready"] = "true";
  demoApi.postMessage({ type: "ready", backend: session.backend });
}

main().catch(showError);
