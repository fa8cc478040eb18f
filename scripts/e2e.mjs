// The real-VS Code tiers of `npm test`: the extension-host mocha suite and the UI suite, each in
// its own code-server with a fresh profile and a fresh course workspace.
// Prints "e2e: N passed, N failed" last; exit code 1 on any failure.
import * as esbuild from "esbuild";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { root, startCodeServer, toolsDir } from "./codeServer.mjs";
import { ensureToolsOrExit } from "./tools.mjs";

const out = join(root, "out", "test");
const shots = join(root, "test-results");
const log = (m) => console.log(`[e2e] ${m}`);
const only = process.argv.slice(2);
// Two runs on one machine (say, two worktrees) need their own ports and profiles.
const portBase = Number(process.env.MATHLAB_E2E_PORT || 18180);
const wants = (suite) => only.length === 0 || only.includes(suite);

async function bundleTests() {
  rmSync(out, { recursive: true, force: true });
  const hostDir = join(root, "test", "vscode", "host");
  const hostEntries = readdirSync(hostDir).filter((f) => f.endsWith(".ts") && f !== "helpers.ts").map((f) => join(hostDir, f));
  await esbuild.build({
    entryPoints: hostEntries, outdir: join(out, "host"), bundle: true, platform: "node", format: "cjs",
    target: "node20", external: ["vscode", "mocha"], sourcemap: "inline", logLevel: "warning",
    alias: { mathlab: join(root, "lab", "index.ts") },
  });
  await esbuild.build({
    entryPoints: [join(root, "test", "vscode", "ui", "ui.test.ts")], outdir: join(out, "ui"), bundle: true,
    platform: "node", format: "cjs", target: "node20", external: ["playwright-core"], logLevel: "warning",
  });
}

function makeCourse(dir) {
  rmSync(dir, { recursive: true, force: true });
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/make-course.ts", dir], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error("could not create a course workspace");
}

function packageVsix() {
  const vsix = join(root, "out", "ml-math-lab.vsix");
  const r = spawnSync(process.execPath, ["scripts/package.mjs", "--out", vsix], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error("packaging the .vsix failed");
  return vsix;
}

/** Runs a command with a time limit, streaming its output; resolves to its exit code. */
function runNode(args, limitMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (d) => { stdout += d; process.stdout.write(d); });
    const timer = setTimeout(() => { log(`time limit (${limitMs / 1000}s) reached`); child.kill("SIGKILL"); }, limitMs);
    child.on("exit", (code) => { clearTimeout(timer); resolve({ code, stdout }); });
  });
}

async function uiSuite() {
  const vsix = packageVsix();
  const course = join(root, "out", "e2e", "ui-course");
  makeCourse(course);
  mkdirSync(shots, { recursive: true });
  const server = await startCodeServer({ stateDir: join(toolsDir, `s-ui-${portBase}`), port: portBase, vsix });
  try {
    log(`UI suite on ${server.url}`);
    const { stdout } = await runNode([join(out, "ui", "ui.test.js"), server.url, course, join(root, "lessons"), shots], 8 * 60_000);
    const m = /^(\d+) passed, (\d+) failed$/m.exec(stdout);
    return m ? { passed: Number(m[1]), failed: Number(m[2]) } : { passed: 0, failed: 1 };
  } finally {
    server.stop();
  }
}

async function hostSuite() {
  const course = join(root, "out", "e2e", "host-course");
  makeCourse(course);
  const server = await startCodeServer({ stateDir: join(toolsDir, `s-host-${portBase}`), port: portBase + 1, smokeTestDriver: true });
  const results = join(out, "host", "test-results.json");
  try {
    log(`extension-host suite on ${server.url}`);
    const { code } = await runNode([join(root, "scripts", "host-runner.mjs"), server.url, course, root, join(out, "host", "index.js")], 8 * 60_000);
    if (!existsSync(results)) return { passed: 0, failed: 1, note: `runner exit ${code}, no results` };
    const r = JSON.parse(readFileSync(results, "utf8"));
    for (const f of r.failed) console.log(`  FAIL ${f.title}: ${f.error}`);
    return { passed: r.passed.length, failed: r.failed.length };
  } finally {
    server.stop();
  }
}

async function main() {
  if (only.includes("--bundle-only")) {
    // For .vscode-test.mjs (test-electron): the compiled suite and its course workspace, nothing else.
    await bundleTests();
    makeCourse(join(root, "out", "e2e", "host-course"));
    return;
  }
  ensureToolsOrExit("test", "e2e");
  await bundleTests();
  const totals = { passed: 0, failed: 0 };
  for (const [name, suite] of [["host", hostSuite], ["ui", uiSuite]]) {
    if (!wants(name)) continue;
    let r;
    try { r = await suite(); } catch (e) { console.error(e); r = { passed: 0, failed: 1 }; }
    log(`${name}: ${r.passed} passed, ${r.failed} failed`);
    totals.passed += r.passed;
    totals.failed += r.failed;
  }
  console.log(`e2e: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed ? 1 : 0);
}

main().catch((e) => { console.error(e); console.log("e2e: 0 passed, 1 failed"); process.exit(1); });
