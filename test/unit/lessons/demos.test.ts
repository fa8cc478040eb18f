// The ONNX demos in headless Chromium: the wasm path, and the WebGPU path with --enable-unsafe-webgpu
// (a software adapter), give the same numbers as a float64 reference and as each other.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { demoHtml, type DemoKind } from "../../../extension/lessons/demo-html";
import type { DemoBackend } from "../../../protocol/webview";
import { attentionModel, diffusionStepModel } from "../../../scripts/lessons/demo-models";
import { referenceAttention, tokenVectors } from "../../../webviews/demos/attention-inputs";
import { initialPoints, referenceStepMean, steps } from "../../../webviews/demos/diffusion-process";
import { launchChromium, origin, root, serve, watchCsp } from "./browser";

const assets = {
  "/webviews/demos/attention.onnx": { body: Buffer.from(attentionModel()), type: "application/octet-stream" },
  "/webviews/demos/diffusion-step.onnx": { body: Buffer.from(diffusionStepModel()), type: "application/octet-stream" },
  "/webviews/demos/ort-wasm-simd-threaded.jspi.wasm": {
    body: readFileSync(join(root, "node_modules", "onnxruntime-web", "dist", "ort-wasm-simd-threaded.jspi.wasm")), type: "application/wasm",
  },
};

let plain: Browser;
let webgpu: Browser;
before(async () => {
  plain = await launchChromium();
  webgpu = await launchChromium(["--enable-unsafe-webgpu", "--enable-features=Vulkan", "--use-angle=swiftshader", "--use-webgpu-adapter=swiftshader"]);
});
after(async () => { await plain.close(); await webgpu.close(); });

type DemoResult = { backend: DemoBackend; weights?: number[]; length?: number; temperature?: number; points?: number[]; firstMean?: number[]; count?: number };

async function runDemo(browser: Browser, kind: DemoKind, backend?: DemoBackend): Promise<{ page: Page; result: DemoResult; csp: string[] }> {
  const page = await browser.newPage();
  const csp = await watchCsp(page);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await serve(page, demoHtml({ kind, cspSource: origin, nonce: "DEMONONCE0123456789", webviewsBase: `${origin}/webviews`, ...(backend ? { backend } : {}) }), assets);
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => document.body.dataset["ready"] === "true" || document.body.dataset["error"], undefined, { timeout: 120_000 });
  const error = await page.evaluate(() => document.body.dataset["error"]);
  assert.equal(error, undefined, `demo error: ${error} ${errors.join("; ")}`);
  const result = await page.evaluate(() => (window as unknown as { __demo: DemoResult }).__demo);
  return { page, result, csp };
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  assert.equal(a.length, b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

void test("attention on wasm matches the float64 reference; the badge says WebAssembly", async () => {
  const { page, result, csp } = await runDemo(plain, "attention");
  assert.equal(result.backend, "wasm");
  assert.equal(await page.locator("#backend").getAttribute("data-backend"), "wasm");
  assert.deepEqual(csp, []);
  const ref = referenceAttention(tokenVectors(result.length!), result.length!, result.temperature!);
  assert.ok(maxAbsDiff(result.weights!, ref) < 1e-5);
  // Moving the temperature slider re-runs the model: a higher temperature flattens every row.
  const before = Math.max(...result.weights!);
  await page.locator("#temperature").fill("1");
  await page.waitForFunction(() => (window as unknown as { __demo: DemoResult }).__demo.temperature === 10);
  const hot = await page.evaluate(() => (window as unknown as { __demo: DemoResult }).__demo);
  assert.ok(Math.max(...hot.weights!) < before);
  assert.ok(maxAbsDiff(hot.weights!, referenceAttention(tokenVectors(hot.length!), hot.length!, 10)) < 1e-5);
  await page.close();
});

void test("attention on WebGPU (software adapter) gives the same weights as wasm", async () => {
  const gpu = await runDemo(webgpu, "attention");
  assert.equal(gpu.result.backend, "webgpu", "navigator.gpu should give an adapter with --enable-unsafe-webgpu");
  assert.equal(await gpu.page.locator("#backend").textContent(), "WebGPU");
  const cpu = await runDemo(webgpu, "attention", "wasm");
  assert.equal(cpu.result.backend, "wasm");
  assert.ok(maxAbsDiff(gpu.result.weights!, cpu.result.weights!) < 1e-4);
  assert.deepEqual(gpu.csp, []);
  await gpu.page.close();
  await cpu.page.close();
});

void test("diffusion: the model's step mean matches the reference, and samples land on the ring", async () => {
  const { page, result, csp } = await runDemo(plain, "diffusion");
  assert.deepEqual(csp, []);
  const ref = referenceStepMean(initialPoints(result.count!), steps - 1);
  assert.ok(maxAbsDiff(result.firstMean!, ref) < 1e-4);
  const radii: number[] = [];
  for (let i = 0; i < result.points!.length; i += 2) radii.push(Math.hypot(result.points![i]!, result.points![i + 1]!));
  const near = radii.filter((r) => Math.abs(r - 1.6) < 0.4).length;
  assert.ok(near / radii.length > 0.9, `${near} of ${radii.length} near the ring`);
  await page.close();
});

void test("diffusion on WebGPU gives the same samples as wasm within tolerance", async () => {
  const gpu = await runDemo(webgpu, "diffusion");
  assert.equal(gpu.result.backend, "webgpu");
  const cpu = await runDemo(webgpu, "diffusion", "wasm");
  assert.ok(maxAbsDiff(gpu.result.firstMean!, cpu.result.firstMean!) < 1e-4);
  assert.ok(maxAbsDiff(gpu.result.points!, cpu.result.points!) < 1e-2);
  await gpu.page.close();
  await cpu.page.close();
});
