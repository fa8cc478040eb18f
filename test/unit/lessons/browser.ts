// Test harness: the webview bundles built with esbuild, served from a fake extension origin to
// headless Chromium under the same CSP the extension uses.
import * as esbuild from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { firstScreenFontFiles } from "../../../extension/lessons/first-screen-fonts";
import type { LessonAssets } from "../../../extension/lessons/lesson-assets";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const origin = "https://mathlab.test";
export const chromiumPath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath} (set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", ...extraArgs],
  });
}

const bundles = new Map<string, string>();

/** Bundles one webview entry (e.g. "lesson") in memory, as scripts/build.mjs does. */
export async function webviewBundle(entry: string): Promise<string> {
  const cached = bundles.get(entry);
  if (cached) return cached;
  const result = await esbuild.build({
    entryPoints: [join(root, "webviews", `${entry}.ts`)],
    bundle: true, format: "esm", platform: "browser", target: "es2022", write: false, logLevel: "silent",
  });
  const code = result.outputFiles[0]!.text;
  bundles.set(entry, code);
  return code;
}

const katexDist = join(root, "node_modules", "katex", "dist");

let assets: LessonAssets | undefined;

/** What the extension inlines into lesson pages, from the files scripts/build.mjs builds or copies to dist/. */
export function lessonAssets(): LessonAssets {
  return assets ??= {
    katex: readFileSync(join(katexDist, "katex.min.css"), "utf8"),
    lesson: readFileSync(join(root, "webviews", "lesson.css"), "utf8"),
    boot: esbuild.buildSync({
      entryPoints: [join(root, "webviews", "lesson-boot.ts")],
      bundle: true, format: "iife", platform: "browser", target: "es2022", minify: true, write: false, logLevel: "silent",
    }).outputFiles[0]!.text,
    fonts: Object.fromEntries(firstScreenFontFiles.map((f) => [f, readFileSync(join(katexDist, "fonts", f)).toString("base64")])),
  };
}

export type Assets = Readonly<Record<string, { body: Buffer | string; type: string }>>;

/** What the extension would serve for a path below the webview origin (asWebviewUri). */
export async function resolveAsset(path: string, html: string, extra: Assets = {}): Promise<{ body: Buffer | string; type: string } | undefined> {
  if (path === "/index.html") return { body: html, type: "text/html" };
  if (extra[path]) return extra[path];
  let m = /^\/webviews\/([a-z-]+)\.js$/.exec(path);
  if (m) return { body: await webviewBundle(m[1]!), type: "text/javascript" };
  m = /^\/webviews\/([a-z-]+\.css)$/.exec(path);
  if (m) return { body: readFileSync(join(root, "webviews", m[1]!)), type: "text/css" };
  if (path === "/webviews/katex/katex.min.css") return { body: readFileSync(join(katexDist, "katex.min.css")), type: "text/css" };
  m = /^\/webviews\/katex\/fonts\/([\w-]+\.woff2)$/.exec(path);
  if (m) return { body: readFileSync(join(katexDist, "fonts", m[1]!)), type: "font/woff2" };
  return undefined;
}

/** Serves `html` at /index.html and the webview assets below /webviews, through request interception. */
export async function serve(page: Page, html: string, extra: Assets = {}): Promise<void> {
  await page.route(`${origin}/**`, async (route) => {
    const asset = await resolveAsset(new URL(route.request().url()).pathname, html, extra);
    return asset ? route.fulfill({ body: asset.body, contentType: asset.type }) : route.fulfill({ status: 404, body: "not found" });
  });
}

/** Collects CSP violations reported in the page (each a string "directive blocked-uri"). */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__cspViolation", (v: string) => { violations.push(v); });
  await page.addInitScript({ content: `document.addEventListener("securitypolicyviolation",
    (e) => window.__cspViolation(e.violatedDirective + " " + e.blockedURI));` });
  return violations;
}
