// npm run bench -- activation: how long ML Math Lab takes to activate in a real VS Code
// (code-server, as the extension-host suite runs it), next to VS Code's own Markdown extension
// activated the same way in the same extension host. Each run starts a fresh server on an empty
// folder (so neither extension is active yet); a small extensionTests module activates both, one
// after the other (the order alternates between runs), and writes what it saw to a JSON file.
// Goal (issue 6): activation ≤ 50 ms.
import * as esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.env["BENCH_RUNS"] ?? 5);
const port = Number(process.env["BENCH_PORT"] ?? 18190);
const work = join(root, "out", "bench", "activation");
const goalMs = 50;

interface CodeServerModule {
  ensureTools(): void;
  toolsDir: string;
  startCodeServer(opts: { stateDir: string; port: number; smokeTestDriver?: boolean }): Promise<{ url: string; stop: () => void }>;
}

/** What the extensionTests module writes (times in ms). */
interface Seen {
  order: string[];
  /** ML Math Lab's exports: its own clock, from the bundle's first statement. */
  exports: { loadMs: number; activateMs: number; activationMs: number } | null;
  /** Wall time of `await extension.activate()` seen by the caller, per extension id. */
  wall: Record<string, number>;
  /** Extensions that were already active before the module activated them (their wall time means nothing). */
  alreadyActive: string[];
}

const ours = "mathlab.ml-math-lab";
const peer = "vscode.markdown-language-features";

// Runs inside the extension host (code-server's smoke-test driver calls `run`).
const probeSource = `
const vscode = require("vscode");
const fs = require("node:fs");
const path = require("node:path");
exports.run = async function run() {
  const order = JSON.parse(fs.readFileSync(path.join(__dirname, "order.json"), "utf8"));
  const wall = {};
  const alreadyActive = [];
  for (const id of order) {
    const ext = vscode.extensions.getExtension(id);
    if (!ext) throw new Error(id + " is not installed");
    if (ext.isActive) alreadyActive.push(id);
    const t0 = performance.now();
    await ext.activate();
    wall[id] = performance.now() - t0;
  }
  const e = vscode.extensions.getExtension(${JSON.stringify(ours)}).exports;
  const exports = e && typeof e.activationMs === "number" ? { loadMs: e.loadMs, activateMs: e.activateMs, activationMs: e.activationMs } : null;
  fs.writeFileSync(path.join(__dirname, "seen.json"), JSON.stringify({ order, exports, wall, alreadyActive }));
};
`;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const row = (xs: number[]): string => xs.length
  ? `median ${median(xs).toFixed(1).padStart(6)} ms   (runs: ${xs.map((x) => x.toFixed(1)).join(", ")})`
  : "not measured";

async function main(): Promise<void> {
  if (!existsSync(join(root, "dist", "extension.js"))) {
    console.error("dist/extension.js is missing: run `npm run build` first");
    process.exit(1);
  }
  const cs = (await import(pathToFileURL(join(root, "scripts", "codeServer.mjs")).href)) as CodeServerModule;
  cs.ensureTools();
  rmSync(work, { recursive: true, force: true });
  const folder = join(work, "empty-folder");
  const probeDir = join(work, "probe");
  mkdirSync(folder, { recursive: true });
  await esbuild.build({
    stdin: { contents: probeSource, loader: "js", resolveDir: root, sourcefile: "activation-probe.js" },
    outfile: join(probeDir, "index.js"), bundle: true, platform: "node", format: "cjs", target: "node20",
    external: ["vscode"], logLevel: "warning",
  });
  const seenFile = join(probeDir, "seen.json");

  const load: number[] = [], activate: number[] = [], activation: number[] = [];
  const wallOurs: number[] = [], wallPeer: number[] = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? [ours, peer] : [peer, ours];
    rmSync(seenFile, { force: true });
    writeFileSync(join(probeDir, "order.json"), JSON.stringify(order));
    const server = await cs.startCodeServer({ stateDir: join(cs.toolsDir, "s-bench-activation"), port, smokeTestDriver: true });
    try {
      const r = spawnSync(process.execPath, [join(root, "scripts", "host-runner.mjs"), server.url, folder, root, join(probeDir, "index.js")],
        { cwd: root, encoding: "utf8", timeout: 180_000 });
      if (!existsSync(seenFile)) throw new Error(`run ${i + 1}: the extension host wrote nothing\n${r.stdout}\n${r.stderr}`);
    } finally {
      server.stop();
    }
    const seen = JSON.parse(readFileSync(seenFile, "utf8")) as Seen;
    if (!seen.exports) throw new Error(`run ${i + 1}: ${ours} exports no activation times`);
    load.push(seen.exports.loadMs);
    activate.push(seen.exports.activateMs);
    activation.push(seen.exports.activationMs);
    if (!seen.alreadyActive.includes(ours)) wallOurs.push(seen.wall[ours]!);
    if (!seen.alreadyActive.includes(peer)) wallPeer.push(seen.wall[peer]!);
    console.log(`run ${i + 1}/${runs} (${order.join(" then ")}): ML Math Lab ${seen.exports.activationMs.toFixed(1)} ms by its own clock, `
      + `activate() wall ${seen.wall[ours]!.toFixed(1)} ms; Markdown activate() wall ${seen.wall[peer]!.toFixed(1)} ms`
      + (seen.alreadyActive.length ? ` (already active: ${seen.alreadyActive.join(", ")})` : ""));
  }

  console.log(`\nML Math Lab, measured inside the extension (banner at the top of dist/extension.js → end of activate()), ${runs} fresh servers:`);
  console.log(`  loading the bundle (require, module evaluation) ${row(load)}`);
  console.log(`  activate() body                                 ${row(activate)}`);
  console.log(`  activation = loading + activate()               ${row(activation)}`);
  console.log("Measured from outside, the same way for both: wall time of `await getExtension(id).activate()` in the extension host");
  console.log("(includes VS Code's own work: locating and reading the module, calling activate, settling its promise):");
  console.log(`  ML Math Lab                                     ${row(wallOurs)}`);
  console.log(`  peer: VS Code's built-in Markdown (${peer}) ${row(wallPeer)}`);
  const m = median(activation);
  console.log(`goal: activation ≤ ${goalMs} ms — ${m <= goalMs ? "met" : "NOT met"} (median ${m.toFixed(1)} ms by the extension's own clock)`);
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
