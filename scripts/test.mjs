// npm test: typecheck, lint, build, unit tests (lab, engine, server over LSP, lessons, course),
// then the extension-host suite and the UI suite inside a real VS Code.
// Ends with one line over all suites: "N passed, N failed".
// Options: --unit (skip the real-VS Code tiers), --e2e (only them), --quick (skip typecheck and lint).
// On a fresh clone it first installs what the tests need: npm packages, Chromium, code-server and its Node.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { root } from "./codeServer.mjs";
import { cleanNpmEnv, ensureTools, findOnPath, ToolsError } from "./tools.mjs";

const args = new Set(process.argv.slice(2));
const unitOnly = args.has("--unit");
const e2eOnly = args.has("--e2e");
const quick = args.has("--quick");
const totals = { passed: 0, failed: 0 };
const failures = [];

function tally(name, passed, failed) {
  totals.passed += passed;
  totals.failed += failed;
  if (failed) failures.push(`${name}: ${failed} failed`);
  console.log(`\n[test] ${name}: ${passed} passed, ${failed} failed\n`);
}

function run(name, cmd, cmdArgs, opts = {}) {
  console.log(`[test] ${name}: ${[cmd, ...cmdArgs].map((a) => relative(root, a) || a).join(" ")}`);
  return spawnSync(cmd, cmdArgs, { cwd: root, stdio: opts.capture ? ["ignore", "pipe", "inherit"] : "inherit", encoding: "utf8", env: { ...process.env, ...opts.env } });
}

/** A step that passes or fails as a whole counts as one test. */
function check(name, cmd, cmdArgs) {
  const r = run(name, cmd, cmdArgs);
  tally(name, r.status === 0 ? 1 : 0, r.status === 0 ? 0 : 1);
  return r.status === 0;
}

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith(".test.ts") ? [join(dir, e.name)] : []);
}

function unitTests() {
  const files = testFiles(join(root, "test", "unit")).sort();
  if (!files.length) { tally("unit", 0, 1); return; }
  const tap = join(root, "out", "unit.tap");
  mkdirSync(join(root, "out"), { recursive: true });
  rmSync(tap, { force: true });
  const r = run("unit", process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", "--test-reporter-destination=stdout",
    "--test-reporter=tap", `--test-reporter-destination=${tap}`, ...files]);
  const text = existsSync(tap) ? readFileSync(tap, "utf8") : "";
  const pass = Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(text)?.[1] ?? 0);
  tally("unit", pass, fail || (r.status === 0 ? 0 : 1));
}

function e2e() {
  const r = run("vscode", process.execPath, ["scripts/e2e.mjs"], { capture: true });
  process.stdout.write(r.stdout ?? "");
  const m = /^e2e: (\d+) passed, (\d+) failed$/m.exec(r.stdout ?? "");
  tally("vscode (extension host + UI)", m ? Number(m[1]) : 0, m ? Number(m[2]) : 1);
}

const t0 = Date.now();
let installSeconds = 0;
if (!existsSync(join(root, "node_modules", ".package-lock.json"))) {
  const t = Date.now();
  console.log("[test] installing npm packages (npm ci)");
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit", env: cleanNpmEnv(process.env) });
  installSeconds += (Date.now() - t) / 1000;
  if (r.status !== 0) {
    console.error("[test] npm ci failed (see above). If npm could not reach its registry, check the network connection.");
    tally("npm ci", 0, 1);
    console.log(`${totals.passed} passed, ${totals.failed} failed`);
    process.exit(1);
  }
}
try {
  const r = ensureTools(unitOnly ? "unit" : "test", (m) => console.log(`[test] ${m}`));
  installSeconds += r.seconds;
} catch (e) {
  if (!(e instanceof ToolsError)) throw e;
  console.error(`\n[test] ${e.message}\n`);
  tally("tools", 0, 1);
}
const chromium = findOnPath("chromium");
if (chromium && !process.env.CHROMIUM_PATH) process.env.CHROMIUM_PATH = chromium;
if (!e2eOnly) {
  if (!quick) {
    check("typecheck", process.execPath, ["scripts/typecheck.mjs"]);
    check("lint", process.execPath, [join(root, "node_modules", "eslint", "bin", "eslint.js"), "."]);
  }
  const built = check("build", process.execPath, ["scripts/build.mjs"]);
  unitTests();
  if (!unitOnly && built) e2e();
} else {
  e2e();
}
const installs = installSeconds >= 1 ? ` (of which ${installSeconds.toFixed(0)} s installing npm packages and tools, a first run only)` : "";
console.log(`[test] finished in ${((Date.now() - t0) / 1000).toFixed(0)} s${installs}${failures.length ? `; failing: ${failures.join("; ")}` : ""}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
