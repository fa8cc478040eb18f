// Diffusion demo: 2-D points pushed from noise back onto a ring of eight clusters by the DDPM reverse
// process; each step's mean comes from an ONNX model run in the webview.
import { demoApi, demoState, publish, showBackend, showError } from "./demos/demo-shell";
import { initialPoints, schedule, stepNoiseStd, stepScalars, steps } from "./demos/diffusion-process";
import { gaussian, seededRandom } from "./demos/attention-inputs";
import { floatTensor, openSession, type DemoSession } from "./demos/ort-backend";
import { renderPlot, type PlotHandle } from "./plot/render-plot";

const countInput = document.getElementById("count") as HTMLInputElement;
const countOut = document.getElementById("count-value")!;
const runButton = document.getElementById("run") as HTMLButtonElement;
const stepOut = document.getElementById("step-value")!;
const scatter = document.getElementById("scatter")!;
const status = document.getElementById("status")!;

let session: DemoSession | undefined;
let plot: PlotHandle | undefined;

function draw(points: Float32Array, t: number): void {
  const xs: number[] = [], ys: number[] = [];
  for (let i = 0; i < points.length; i += 2) { xs.push(points[i]!); ys.push(points[i + 1]!); }
  plot?.dispose();
  plot = renderPlot(scatter, { kind: "scatter", title: `x_t at t = ${t}`, xLabel: "x1", yLabel: "x2", series: [{ name: "points", x: xs, y: ys }] });
  stepOut.textContent = String(t);
}

/** Runs the whole reverse process from seeded noise; `animate` redraws as it goes. */
async function sample(count: number, animate: boolean): Promise<Float32Array> {
  const s = schedule();
  const noise = gaussian(seededRandom(5));
  let x = initialPoints(count);
  draw(x, steps);
  const t0 = performance.now();
  for (let t = steps - 1; t >= 0; t--) {
    const c = stepScalars(t, s);
    const { mean } = await session!.run({
      x: floatTensor(x, [count, 2]),
      sqrt_alpha_bar: floatTensor([c.sqrtAlphaBar], [1]),
      variance: floatTensor([c.variance], [1]),
      sqrt_one_minus_alpha_bar: floatTensor([c.sqrtOneMinusAlphaBar], [1]),
      inv_sqrt_alpha: floatTensor([c.invSqrtAlpha], [1]),
      eps_coef: floatTensor([c.epsCoef], [1]),
    });
    const sigma = stepNoiseStd(t, s);
    const next = new Float32Array(mean!.length);
    for (let i = 0; i < next.length; i++) next[i] = mean![i]! + sigma * noise();
    if (t === steps - 1) publish({ firstMean: Array.from(mean!) });
    x = next;
    if (animate && t % 4 === 0) { draw(x, t); await new Promise((r) => requestAnimationFrame(r)); }
  }
  draw(x, 0);
  status.textContent = `${count} points, ${steps} reverse steps in ${(performance.now() - t0).toFixed(0)} ms.`;
  publish({ points: Array.from(x), count });
  return x;
}

async function main(): Promise<void> {
  const state = demoState();
  session = await openSession(state.assets, "diffusion-step.onnx", state.backend);
  showBackend(session.backend, session.note);
  publish({ backend: session.backend });
  countOut.textContent = countInput.value;
  countInput.addEventListener("input", () => { countOut.textContent = countInput.value; });
  runButton.addEventListener("click", () => {
    runButton.disabled = true;
    sample(Number(countInput.value), true).catch(showError).finally(() => { runButton.disabled = false; });
  });
  await sample(Number(countInput.value), false);
  document.body.dataset["ready"] = "true";
  demoApi.postMessage({ type: "ready", backend: session.backend });
}

main().catch(showError);
