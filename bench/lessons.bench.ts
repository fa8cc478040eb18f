// npm run bench -- lessons: time from opening a lesson to its first screen of math painted, in headless
// Chromium, for the prerendered page the extension ships versus KaTeX and MathJax typesetting at run time;
// plus the cost of building every lesson and of loading the extension bundle.
//   BENCH_RUNS=9            runs per page and mode (the median is reported)
//   BENCH_LESSONS=6.2,1.4   lessons to open (default: 6.2 and the biggest prerendered lesson)
//   BENCH_PROFILE=1         also a phase breakdown and a Chromium trace summary of the prerendered page
import * as esbuild from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import Module from "node:module";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { lessonHtml } from "../extension/lessons/lesson-html";
import { buildCourse } from "../scripts/lessons/build-course";
import { splitFrontMatter } from "../scripts/lessons/front-matter";
import { renderLessonBody } from "../scripts/lessons/lesson-markdown";
import type { LessonPage } from "../protocol/webview";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { launchChromium, lessonAssets, resolveAsset, root, type Assets } from "../test/unit/lessons/browser";

/**
 * A local HTTP server stands in for the webview's resource loader (request interception would add
 * its own round trips to every font). One page at a time: `current` is what /index.html returns.
 */
let current = { html: "", extra: {} as Assets };
let origin = "";
function startServer(): Promise<Server> {
  const server = createServer((req, res) => {
    void resolveAsset(new URL(req.url ?? "/", "http://x").pathname, current.html, current.extra).then((asset) => {
      if (!asset) { res.writeHead(404).end(); return; }
      res.writeHead(200, { "content-type": asset.type, "cache-control": "no-store" }).end(asset.body);
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    resolve(server);
  }));
}

const runs = Math.max(1, Number(process.env["BENCH_RUNS"] ?? 9));
const profile = process.env["BENCH_PROFILE"] === "1";
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number): string => `${x.toFixed(0)} ms`.padStart(8);

/** Phase marks read from the page after it is ready (ms since navigation start; NaN if absent). */
interface Phases { painted: number; responseEnd: number; domInteractive: number; fcp: number; boot: number; carried: number; fetched: number; waterfall: string[] }

async function openOnce(browser: Browser, trace = false): Promise<{ phases: Phases; trace?: Buffer }> {
  // A fresh context per run: nothing cached from the previous one, as a newly opened webview.
  const context = await browser.newContext({ viewport: { width: 900, height: 700 } });
  const page = await context.newPage();
  if (trace) await browser.startTracing(page, { categories: ["devtools.timeline", "blink.user_timing", "loading"] });
  await page.goto(`${origin}/index.html`);
  await page.locator("body[data-ready='true']").waitFor({ timeout: 60_000 });
  const phases = await page.evaluate((): Phases => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    const fonts = performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".woff2")) as PerformanceResourceTiming[];
    return {
      painted: performance.getEntriesByName("mathlab-painted")[0]?.startTime ?? NaN,
      responseEnd: nav?.responseEnd ?? NaN,
      domInteractive: nav?.domInteractive ?? NaN,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      boot: performance.getEntriesByName("mathlab-boot")[0]?.duration ?? NaN,
      carried: (JSON.parse(document.getElementById("first-fonts")?.textContent || "[]") as unknown[]).length,
      fetched: fonts.filter((f) => f.startTime <= (performance.getEntriesByName("mathlab-painted")[0]?.startTime ?? 0)).length,
      waterfall: (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((r) =>
        `${r.name.replace(/^.*\//, "").padEnd(34)} requested ${r.startTime.toFixed(0).padStart(4)} · first byte ${r.responseStart.toFixed(0).padStart(4)} · done ${r.responseEnd.toFixed(0).padStart(4)} ms`),
    };
  });
  const buffer = trace ? await browser.stopTracing() : undefined;
  await context.close();
  return buffer ? { phases, trace: buffer } : { phases };
}

async function measure(browser: Browser, html: string, extra: Assets = {}): Promise<Phases[]> {
  current = { html, extra };
  await openOnce(browser); // warm-up: Chromium's own first-page costs are not the lesson's
  const out: Phases[] = [];
  for (let i = 0; i < runs; i++) out.push((await openOnce(browser)).phases);
  return out;
}

function runtimePage(body: string, script: string, head = ""): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}<link rel="stylesheet" href="${origin}/webviews/lesson.css"></head>
<body><main id="root"><article class="lesson-body">${body}</article></main><script src="${origin}/bench/${script}"></script></body></html>`;
}

async function bundle(source: string): Promise<string> {
  const r = await esbuild.build({ stdin: { contents: source, resolveDir: root, loader: "ts" }, bundle: true, format: "iife", platform: "browser", write: false, logLevel: "silent" });
  return r.outputFiles[0]!.text;
}

const painted = `performance.mark("mathlab-painted"); document.body.dataset.ready = "true";`;
const macroSource = readFileSync(join(root, "lessons", "macros.json"), "utf8");
const macros = JSON.parse(macroSource) as Record<string, string>;

async function runtimeScripts(): Promise<{ katex: string; mathjax: string }> {
  // Run-time KaTeX: typeset everything, then wait for its fonts and a frame, as a page would.
  const katex = await bundle(`
    import katex from "katex";
    const macros = ${macroSource};
    for (const el of document.querySelectorAll(".math")) katex.render(el.dataset.latex, el, { macros: { ...macros }, throwOnError: false });
    for (const el of document.querySelectorAll(".equation")) katex.render(el.dataset.latex, el.querySelector(".equation-body"), { macros: { ...macros }, displayMode: true, throwOnError: false });
    document.fonts.ready.then(() => requestAnimationFrame(() => { ${painted} }));
  `);
  const mathjaxConfig = `window.MathJax = { tex: { macros: ${JSON.stringify(Object.fromEntries(Object.entries(macros).map(([k, v]) => [k.slice(1), /#1/.test(v) ? [v, 1] : v])))} },
    svg: { fontCache: "global" }, startup: { typeset: false, ready() { MathJax.startup.defaultReady();
      for (const el of document.querySelectorAll(".math")) el.textContent = "\\\\(" + el.dataset.latex + "\\\\)";
      for (const el of document.querySelectorAll(".equation")) el.querySelector(".equation-body").textContent = "\\\\[" + el.dataset.latex + "\\\\]";
      MathJax.typesetPromise().then(() => requestAnimationFrame(() => { ${painted} })); } } };`;
  const mathjax = `${mathjaxConfig}\n${readFileSync(join(root, "node_modules", "mathjax-full", "es5", "tex-svg-full.js"), "utf8")}`;
  return { katex, mathjax };
}

interface Row { lesson: string; pre: Phases[]; katex: number[]; mathjax: number[] }

async function benchLesson(browser: Browser, page: LessonPage, scripts: { katex: string; mathjax: string }): Promise<Row> {
  const folder = findFolder(page.id);
  const source = splitFrontMatter(readFileSync(join(root, "lessons", folder, "lesson.md"), "utf8"));
  // The same lesson with formulas left as LaTeX (in the same elements), for the run-time typesetters.
  const bare = renderLessonBody(source.body, { macros, typeset: false }).html;
  const shipped = lessonHtml({ page, cspSource: origin, nonce: "BENCHNONCE", webviewsBase: `${origin}/webviews`, assets: lessonAssets() });
  const formulas = (page.html.match(/class="katex"/g) ?? []).length;
  console.log(`\nlesson ${page.id}: ${formulas} formulas, page ${(shipped.length / 1024).toFixed(0)} KiB `
    + `(body ${(page.html.length / 1024).toFixed(0)} KiB, math classes ${(page.css.length / 1024).toFixed(1)} KiB), `
    + `lesson JSON ${(JSON.stringify(page).length / 1024).toFixed(0)} KiB`);
  const pre = await measure(browser, shipped);
  const kt = await measure(browser, runtimePage(bare, "katex.js", `<link rel="stylesheet" href="${origin}/webviews/katex/katex.min.css">`),
    { "/bench/katex.js": { body: scripts.katex, type: "text/javascript" } });
  const mj = await measure(browser, runtimePage(bare, "mathjax.js"), { "/bench/mathjax.js": { body: scripts.mathjax, type: "text/javascript" } });
  if (profile) {
    current = { html: shipped, extra: {} };
    const phase = (k: Exclude<keyof Phases, "waterfall">): string => ms(median(pre.map((p) => p[k])));
    console.log(`  prerendered phases (medians): HTML received ${phase("responseEnd")} · parsed ${phase("domInteractive")} · `
      + `boot script ${phase("boot")} (${median(pre.map((p) => p.carried))} faces carried, ${median(pre.map((p) => p.fetched))} font files fetched before painted) · `
      + `first contentful paint ${phase("fcp")} · painted ${phase("painted")}`);
    const traced = await openOnce(browser, true);
    console.log(`  resources (one run, painted at ${traced.phases.painted.toFixed(0)} ms):`);
    for (const line of traced.phases.waterfall) console.log(`    ${line}`);
    console.log("  main-thread time until painted (same run, traced):");
    for (const line of summariseTrace(traced.trace!, 10)) console.log(`    ${line}`);
  }
  return { lesson: page.id, pre, katex: kt.map((p) => p.painted), mathjax: mj.map((p) => p.painted) };
}

/**
 * Where the renderer's main thread spent its time until the painted mark: the outermost timeline events
 * below the task wrappers, summed by name (a trace from Chromium's tracing, JSON "traceEvents").
 */
function summariseTrace(buffer: Buffer, top: number): string[] {
  type Ev = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } };
  const events = (JSON.parse(buffer.toString("utf8")) as { traceEvents: Ev[] }).traceEvents;
  const main = events.find((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain"
    && events.some((x) => x.pid === e.pid && x.name === "mathlab-painted"));
  if (!main) return ["(no renderer main thread with the painted mark in the trace)"];
  const mark = events.find((e) => e.pid === main.pid && e.name === "mathlab-painted")!;
  const nav = events.find((e) => e.pid === main.pid && e.name === "navigationStart");
  const start = nav?.ts ?? 0;
  const wrappers = new Set(["RunTask", "ThreadControllerImpl::RunTask", "RunMicrotasks", "ParseHTML"]);
  const slices = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur && e.ts >= start && e.ts < mark.ts && !wrappers.has(e.name))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const totals = new Map<string, number>();
  let end = -Infinity;
  for (const e of slices) {
    if (e.ts < end) continue; // nested in the previous outermost slice
    end = e.ts + e.dur!;
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur! / 1000);
  }
  const parse = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === "ParseHTML" && e.ph === "X" && e.ts < mark.ts)
    .reduce((t, e) => t + (e.dur ?? 0) / 1000, 0);
  const busy = [...totals.values()].reduce((a, b) => a + b, 0);
  return [
    `navigation → mark ${((mark.ts - start) / 1000).toFixed(0)} ms; ParseHTML ${parse.toFixed(0)} ms (includes what it triggers)`,
    ...[...totals].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, t]) => `${name.padEnd(28)}${ms(t)}`),
    `${"(outermost slices, total)".padEnd(28)}${ms(busy)}`,
  ];
}

function findFolder(id: string): string {
  const built = buildCache ?? (buildCache = buildCourse(root));
  const info = built.course.lessons.find((l) => l.id === id);
  if (!info) throw new Error(`lesson ${id} did not build`);
  return info.folder;
}
let buildCache: ReturnType<typeof buildCourse> | undefined;

function report(rows: readonly Row[]): void {
  console.log(`\nopen → first screen of math painted, median of ${runs} runs (min–max), headless Chromium:`);
  console.log(`  lesson   prerendered (shipped)     KaTeX at run time                MathJax (SVG) at run time`);
  for (const r of rows) {
    const pre = r.pre.map((p) => p.painted);
    const m = median(pre);
    const cell = (xs: number[], ratio: boolean): string => {
      const s = [...xs].sort((a, b) => a - b);
      return `${ms(median(xs))} (${s[0]!.toFixed(0)}–${s[s.length - 1]!.toFixed(0)})${ratio ? `  ×${(median(xs) / m).toFixed(1)}` : ""}`.padEnd(33);
    };
    console.log(`  ${r.lesson.padEnd(7)}${cell(pre, false)}${cell(r.katex, true)}${cell(r.mathjax, true)}`);
  }
  const worst = Math.max(...rows.map((r) => median(r.pre.map((p) => p.painted))));
  console.log(`  (×n: how many times longer than the prerendered page)`);
  console.log(`goal ≤ 100 ms to painted math: ${worst <= 100 ? "met" : "NOT met"} (worst lesson median ${worst.toFixed(1)} ms)`);
}

async function main(): Promise<void> {
  let t0 = performance.now();
  const built = buildCourse(root);
  buildCache = built;
  console.log(`build: validate + prerender ${built.pages.length} lesson(s): ${(performance.now() - t0).toFixed(0)} ms`);
  const biggest = [...built.pages].sort((a, b) => b.html.length - a.html.length)[0]!.id;
  const ids = (process.env["BENCH_LESSONS"] ?? `6.2,${biggest}`).split(",").map((s) => s.trim()).filter((s, i, all) => s && all.indexOf(s) === i);
  const scripts = await runtimeScripts();
  const server = await startServer();
  const browser = await launchChromium();
  const rows: Row[] = [];
  try {
    for (const id of ids) {
      const page = built.pages.find((p) => p.id === id);
      if (!page) throw new Error(`lesson ${id} did not build`);
      rows.push(await benchLesson(browser, page, scripts));
    }
  } finally {
    await browser.close();
    server.close();
  }
  report(rows);

  // Loading the extension bundle with a stand-in `vscode` module: the module-evaluation part of activation.
  const extensionJs = join(root, "dist", "extension.js");
  if (existsSync(extensionJs)) {
    const load = (Module as unknown as { _load: (req: string, parent: unknown, isMain: boolean) => unknown });
    const original = load._load;
    // Any property of the stand-in is the stand-in again. Bundlers copy a module's own keys into a new
    // object whose prototype is the module's: answering any name from the prototype keeps that working.
    const anything: object = new Proxy({}, { get: (_t, p) => (p === "then" ? undefined : stub) });
    const stub: unknown = new Proxy(function () { /* stand-in */ }, {
      get: (_t, p) => (p === "then" ? undefined : stub), apply: () => stub, construct: () => stub as object,
      getPrototypeOf: () => anything,
    });
    load._load = (req, parent, isMain) => (req === "vscode" ? stub : original(req, parent, isMain));
    t0 = performance.now();
    try {
      Module.createRequire(extensionJs)(extensionJs);
      console.log(`extension bundle load (require of dist/extension.js, vscode stubbed): ${(performance.now() - t0).toFixed(1)} ms (goal for activation ≤ 50 ms)`);
    } catch (e) {
      console.log(`extension bundle load: failed with a stand-in vscode module (${e instanceof Error ? e.message : String(e)})`);
    } finally {
      load._load = original;
    }
  } else {
    console.log("extension bundle load: skipped (run npm run build first)");
  }
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
