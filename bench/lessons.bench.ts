// npm run bench -- lessons: time from opening lesson 6.2 to painted math in headless Chromium, for the
// prerendered page the extension ships versus KaTeX and MathJax typesetting at run time; plus the
// cost of building every lesson and of loading the extension bundle.
import * as esbuild from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import Module from "node:module";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { lessonHtml } from "../extension/lessons/lesson-html";
import { buildCourse } from "../scripts/lessons/build-course";
import { splitFrontMatter } from "../scripts/lessons/front-matter";
import { renderLessonBody } from "../scripts/lessons/lesson-markdown";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { launchChromium, resolveAsset, root, type Assets } from "../test/unit/lessons/browser";

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

const runs = Number(process.env["BENCH_RUNS"] ?? 9);
const stats = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  return `min ${s[0]!.toFixed(1)} ms · median ${s[Math.floor(s.length / 2)]!.toFixed(1)} ms · max ${s[s.length - 1]!.toFixed(1)} ms`;
};

async function measure(browser: Browser, html: string, extra: Assets = {}): Promise<number[]> {
  current = { html, extra };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    await page.goto(`${origin}/index.html`);
    await page.locator("body[data-ready='true']").waitFor({ timeout: 60_000 });
    times.push(await page.evaluate(() => performance.getEntriesByName("mathlab-painted")[0]!.startTime));
    await page.close();
  }
  return times;
}

function runtimePage(body: string, script: string, head = ""): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}<link rel="stylesheet" href="${origin}/webviews/lesson.css"></head>
<body><main id="root"><article class="lesson-body">${body}</article></main><script src="${origin}/bench/${script}"></script></body></html>`;
}

async function bundle(source: string): Promise<string> {
  const r = await esbuild.build({ stdin: { contents: source, resolveDir: root, loader: "ts" }, bundle: true, format: "iife", platform: "browser", write: false, logLevel: "silent" });
  return r.outputFiles[0]!.text;
}

async function main(): Promise<void> {
  let t0 = performance.now();
  const built = buildCourse(root);
  console.log(`build: validate + prerender ${built.pages.length} lesson(s): ${(performance.now() - t0).toFixed(0)} ms`);
  const page = built.pages.find((p) => p.id === "6.2");
  if (!page) throw new Error("lesson 6.2 did not build");
  const macros = readFileSync(join(root, "lessons", "macros.json"), "utf8");
  const formulas = (page.html.match(/class="katex"/g) ?? []).length;
  console.log(`lesson 6.2: ${formulas} formulas, ${(page.html.length / 1024).toFixed(0)} KiB of prerendered HTML, ${(page.css.length / 1024).toFixed(1)} KiB of math classes`);

  // The same lesson with formulas left as LaTeX (in the same elements), for the run-time typesetters.
  const source = splitFrontMatter(readFileSync(join(root, "lessons", "6.2-logistic-softmax", "lesson.md"), "utf8"));
  const bare = renderLessonBody(source.body, { macros: JSON.parse(macros) as Record<string, string>, typeset: false }).html;
  const painted = `performance.mark("mathlab-painted"); document.body.dataset.ready = "true";`;
  const katexScript = await bundle(`
    import katex from "katex";
    const macros = ${macros};
    for (const el of document.querySelectorAll(".math")) katex.render(el.dataset.latex, el, { macros: { ...macros }, throwOnError: false });
    for (const el of document.querySelectorAll(".equation")) katex.render(el.dataset.latex, el.querySelector(".equation-body"), { macros: { ...macros }, displayMode: true, throwOnError: false });
    document.fonts.ready.then(() => requestAnimationFrame(() => { ${painted} }));
  `);
  const mathjaxConfig = `window.MathJax = { tex: { macros: ${JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(macros) as Record<string, string>).map(([k, v]) => [k.slice(1), /#1/.test(v) ? [v, 1] : v])))} },
    svg: { fontCache: "global" }, startup: { typeset: false, ready() { MathJax.startup.defaultReady();
      for (const el of document.querySelectorAll(".math")) el.textContent = "\\\\(" + el.dataset.latex + "\\\\)";
      for (const el of document.querySelectorAll(".equation")) el.querySelector(".equation-body").textContent = "\\\\[" + el.dataset.latex + "\\\\]";
      MathJax.typesetPromise().then(() => requestAnimationFrame(() => { ${painted} })); } } };`;
  const mathjaxSource = readFileSync(join(root, "node_modules", "mathjax-full", "es5", "tex-svg-full.js"), "utf8");

  const server = await startServer();
  const browser = await launchChromium();
  try {
    const prerendered = lessonHtml({ page, cspSource: origin, nonce: "BENCHNONCE", webviewsBase: `${origin}/webviews` });
    const pre = await measure(browser, prerendered);
    console.log(`open → painted, prerendered KaTeX (shipped): ${stats(pre)}`);
    const kt = await measure(browser, runtimePage(bare, "katex.js", `<link rel="stylesheet" href="${origin}/webviews/katex/katex.min.css">`),
      { "/bench/katex.js": { body: katexScript, type: "text/javascript" } });
    console.log(`open → painted, KaTeX at run time:          ${stats(kt)}`);
    const mj = await measure(browser, runtimePage(bare, "mathjax.js"),
      { "/bench/mathjax.js": { body: `${mathjaxConfig}\n${mathjaxSource}`, type: "text/javascript" } });
    console.log(`open → painted, MathJax (SVG) at run time:  ${stats(mj)}`);
    const median = [...pre].sort((a, b) => a - b)[Math.floor(pre.length / 2)]!;
    console.log(`goal ≤ 100 ms to painted math: ${median <= 100 ? "met" : "NOT met"} (median ${median.toFixed(1)} ms)`);
  } finally {
    await browser.close();
    server.close();
  }

  // Loading the extension bundle with a stand-in `vscode` module: the module-evaluation part of activation.
  const extensionJs = join(root, "dist", "extension.js");
  if (existsSync(extensionJs)) {
    const load = (Module as unknown as { _load: (req: string, parent: unknown, isMain: boolean) => unknown });
    const original = load._load;
    const stub: unknown = new Proxy(function () { /* stand-in */ }, { get: (_t, p) => (p === "then" ? undefined : stub), apply: () => stub, construct: () => stub as object });
    load._load = (req, parent, isMain) => (req === "vscode" ? stub : original(req, parent, isMain));
    t0 = performance.now();
    const req = Module.createRequire(extensionJs);
    req(extensionJs);
    console.log(`extension bundle load (require of dist/extension.js, vscode stubbed): ${(performance.now() - t0).toFixed(1)} ms (goal for activation ≤ 50 ms)`);
    load._load = original;
  } else {
    console.log("extension bundle load: skipped (run npm run build first)");
  }
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
