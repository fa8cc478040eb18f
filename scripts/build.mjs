// One build for every runtime: esbuild bundles, wasm assets, then the course steps
// (ONNX reference models, specs, prerendered lessons). `--watch` rebuilds the bundles on change.
import * as esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const require = createRequire(join(root, "package.json"));
const watch = process.argv.includes("--watch");
const production = process.argv.includes("--production");

/** Files that must sit beside the bundles at run time: [package-relative source, name in dist]. */
const wasmAssets = [
  ["web-tree-sitter/web-tree-sitter.wasm", "web-tree-sitter.wasm"],
  ["tree-sitter-typescript/tree-sitter-typescript.wasm", "tree-sitter-typescript.wasm"],
  ["onnxruntime-web/dist/ort-wasm-simd-threaded.wasm", "ort-wasm-simd-threaded.wasm"],
  ["onnxruntime-web/dist/ort-wasm-simd-threaded.mjs", "ort-wasm-simd-threaded.mjs"],
  ["esbuild-wasm/esbuild.wasm", "esbuild.wasm"],
];

function resolvePackageFile(spec) {
  const [pkgName, ...rest] = spec.startsWith("@") ? [spec.split("/").slice(0, 2).join("/"), ...spec.split("/").slice(2)] : spec.split("/");
  // Some packages do not export ./package.json, so find the package folder by walking up.
  let dir = dirname(require.resolve(pkgName));
  while (!existsSync(join(dir, "package.json")) || !dir.endsWith(join("node_modules", pkgName))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`build: cannot find the folder of package ${pkgName}`);
    dir = up;
  }
  return join(dir, ...rest);
}

const copyAssets = {
  name: "copy-assets",
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length) return;
      for (const [spec, name] of wasmAssets) {
        const from = resolvePackageFile(spec);
        if (!existsSync(from)) throw new Error(`build: required asset missing: ${spec} (looked at ${from})`);
        copyFileSync(from, join(dist, name));
      }
      const katexDist = resolvePackageFile("katex/dist");
      mkdirSync(join(dist, "webviews", "katex"), { recursive: true });
      copyFileSync(join(katexDist, "katex.min.css"), join(dist, "webviews", "katex", "katex.min.css"));
      cpSync(join(katexDist, "fonts"), join(dist, "webviews", "katex", "fonts"), { recursive: true });
      for (const f of readdirSync(join(root, "webviews"))) {
        if (f.endsWith(".css")) copyFileSync(join(root, "webviews", f), join(dist, "webviews", f));
      }
    });
  },
};

// cjs bundles: the ESM builds of these packages use import.meta.url, which cjs lacks.
const nodeAlias = {
  "web-tree-sitter": resolvePackageFile("web-tree-sitter/web-tree-sitter.cjs"),
  "onnxruntime-web": resolvePackageFile("onnxruntime-web/dist/ort.node.min.js"),
  mathlab: join(root, "lab", "index.ts"),
};

const nodeEntries = {
  extension: "extension/extension.ts",
  server: "server/main.ts",
  cli: "engine/cli.ts",
  sandbox: "engine/sandbox/child.ts",
  // Loaded by the extension on first use, from files of their own: activation never reads or
  // compiles them (see extension/testing/engine-loader.ts and extension/language-client.ts).
  engine: "engine/verify.ts",
  "language-client": "extension/lazy/language-client-module.ts",
};

const existing = (entries) => Object.fromEntries(Object.entries(entries).filter(([, p]) => existsSync(join(root, p))));

const common = {
  bundle: true,
  sourcemap: production ? false : "linked",
  minify: production,
  logLevel: "warning",
  absWorkingDir: root,
};

const nodeOptions = {
  ...common,
  entryPoints: existing(nodeEntries),
  outdir: dist,
  platform: "node",
  format: "cjs",
  target: "node20",
  // `esbuild` (native) is used when installed (CLI, development); the shipped extension has no
  // node_modules and falls back to esbuild-wasm's in-process build with dist/esbuild.wasm.
  external: ["vscode", "esbuild"],
  alias: nodeAlias,
  plugins: [copyAssets],
};

// The extension gets its own build only for its banner: the first statement of dist/extension.js
// notes the time, so the extension can report how long loading and activation took (bench/activation).
const { extension: extensionEntry, ...otherNodeEntries } = nodeOptions.entryPoints;
nodeOptions.entryPoints = otherNodeEntries;
const extensionOptions = {
  ...nodeOptions,
  entryPoints: extensionEntry ? { extension: extensionEntry } : {},
  // "use strict" first: a banner before esbuild's own directive would otherwise turn strict mode off.
  banner: { js: "\"use strict\"; var __mathlabLoadStart = performance.now();" },
  plugins: [],
};

const webviewFiles = existsSync(join(root, "webviews"))
  ? readdirSync(join(root, "webviews")).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
  : [];
// webviews/*-boot.ts are classic scripts the extension inlines into a page's <head> (an IIFE, no imports
// left); every other webviews/*.ts is a page's module script.
const isBoot = (f) => f.endsWith("-boot.ts");
const entriesOf = (files) => Object.fromEntries(files.map((f) => [f.replace(/\.ts$/, ""), join("webviews", f)]));
const webviewEntries = entriesOf(webviewFiles.filter((f) => !isBoot(f)));
const bootEntries = entriesOf(webviewFiles.filter(isBoot));

const webviewOptions = {
  ...common,
  entryPoints: webviewEntries,
  outdir: join(dist, "webviews"),
  platform: "browser",
  format: "esm",
  target: "es2022",
  // onnxruntime-web's wasm is served from dist/, never bundled.
  loader: { ".wasm": "file" },
};

// Inlined into every page it serves: always minified, no source map comment pointing nowhere.
const bootOptions = { ...webviewOptions, entryPoints: bootEntries, format: "iife", loader: {}, minify: true, sourcemap: false };

/** Course steps are TypeScript scripts owned by their features; each fails the build on bad input. */
const courseSteps = ["scripts/build-models.ts", "scripts/build-specs.ts", "scripts/build-lessons.ts"];

/** The lab's type declarations, copied into each course workspace for IntelliSense. */
function buildLabTypes() {
  if (!existsSync(join(root, "lab", "index.ts"))) return;
  const out = join(dist, "lab-types");
  const r = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(root, "lab"),
    "--noEmit", "false", "--declaration", "--emitDeclarationOnly", "--outDir", out], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error("build: type declarations of lab/ failed");
}

function runCourseSteps() {
  for (const step of courseSteps) {
    if (!existsSync(join(root, step))) continue;
    const t0 = Date.now();
    const r = spawnSync(process.execPath, ["--import", "tsx", step, "--out", dist, ...(production ? ["--production"] : [])],
      { cwd: root, stdio: "inherit" });
    if (r.status !== 0) throw new Error(`build: ${step} failed`);
    console.log(`build: ${step} (${Date.now() - t0} ms)`);
  }
}

async function main() {
  const t0 = Date.now();
  if (!watch) rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const configs = [extensionOptions, nodeOptions, ...(Object.keys(webviewEntries).length ? [webviewOptions] : []),
    ...(Object.keys(bootEntries).length ? [bootOptions] : [])];
  if (watch) {
    const contexts = await Promise.all(configs.map((c) => esbuild.context(c)));
    buildLabTypes();
    runCourseSteps();
    await Promise.all(contexts.map((c) => c.watch()));
    console.log("build: watching for changes");
    return;
  }
  await Promise.all(configs.map((c) => esbuild.build(c)));
  buildLabTypes();
  runCourseSteps();
  console.log(`build: dist/ ready in ${Date.now() - t0} ms`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
