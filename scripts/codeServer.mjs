// Starts and stops VS Code in the browser (code-server 4.139.1 on Node 24) with a fresh profile,
// in its own process group so that stopping it ends the extension hosts and language servers too.
// Used by `npm start` and by the real-VS Code test suites.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cleanNpmEnv, codeServerBin, ensureTools, node24Bin, toolsDir } from "./tools.mjs";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export { ensureTools, toolsDir };

const userSettings = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "chat.disableAIFeatures": true,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "extensions.ignoreRecommendations": true,
  "security.workspace.trust.enabled": false,
  "git.enabled": false,
  "typescript.disableAutomaticTypeAcquisition": true,
  "typescript.surveys.enabled": false,
  "npm.fetchOnlinePackageInfo": false,
  "window.commandCenter": false,
};

/** Copies the extension (manifest, dist/, lessons/, media/) as an unpacked install. */
export function installUnpacked(extensionsDir) {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const target = join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const part of ["package.json", "dist", "lessons", "media", "README.md", "CHANGELOG.md", "LICENSE"]) {
    if (existsSync(join(root, part))) cpSync(join(root, part), join(target, part), { recursive: true });
  }
  return target;
}

/**
 * Starts code-server on 127.0.0.1:port. Options: { stateDir, port, vsix?, unpacked?, smokeTestDriver?, extraSettings? }.
 * Resolves to { url, stop } once /healthz answers.
 */
export async function startCodeServer(opts) {
  const { stateDir, port } = opts;
  const env = {
    ...cleanNpmEnv(process.env),
    PATH: `${node24Bin()}:${cleanNpmEnv(process.env).PATH}`,
    XDG_CONFIG_HOME: join(stateDir, "xdg"),
    XDG_DATA_HOME: join(stateDir, "xdg"),
    EXTENSIONS_GALLERY: "{}",
  };
  delete env.NODE_OPTIONS;
  rmSync(stateDir, { recursive: true, force: true });
  mkdirSync(join(stateDir, "data", "User"), { recursive: true });
  mkdirSync(join(stateDir, "ext"), { recursive: true });
  writeFileSync(join(stateDir, "data", "User", "settings.json"), JSON.stringify({ ...userSettings, ...opts.extraSettings }, null, 2));
  const common = ["--config", "/dev/null", "--user-data-dir", join(stateDir, "data"), "--extensions-dir", join(stateDir, "ext")];
  if (opts.vsix) {
    const r = spawnSync(codeServerBin(), [...common, "--install-extension", opts.vsix], { env, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`installing ${opts.vsix} failed:\n${r.stdout}\n${r.stderr}`);
  }
  if (opts.unpacked) installUnpacked(join(stateDir, "ext"));
  const log = openSync(join(stateDir, "code-server.log"), "a");
  const args = [...common, "--bind-addr", `127.0.0.1:${port}`, "--auth", "none", "--disable-telemetry",
    "--disable-update-check", "--disable-workspace-trust", "--disable-getting-started-override"];
  if (opts.smokeTestDriver) args.push("--vscode-option", "enable-smoke-test-driver");
  if (opts.folder) args.push(opts.folder);
  const child = spawn(codeServerBin(), args, { env, detached: true, stdio: ["ignore", log, log] });
  const pgid = child.pid;
  const stop = () => stopGroup(pgid);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return { url, stop, pgid, logFile: join(stateDir, "code-server.log") };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`code-server did not start:\n${readFileSync(join(stateDir, "code-server.log"), "utf8").slice(-3000)}`);
}

/** Kills a whole process group: TERM, then KILL after 5 s. Synchronous so it also works in exit handlers. */
export function stopGroup(pgid) {
  try { process.kill(-pgid, "SIGTERM"); } catch { return; }
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    try { process.kill(-pgid, 0); } catch { return; }
    spawnSync("sleep", ["0.2"]);
  }
  try { process.kill(-pgid, "SIGKILL"); } catch { /* gone */ }
}
