// npm start [-- --port N] [-- --course DIR] [-- --open]: ML Math Lab in VS Code in the browser, on a ready
// course workspace. Installs what is missing (code-server and its Node; no browser: the student uses their
// own), builds, starts code-server on 127.0.0.1 and prints the URL. Ctrl-C stops everything.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { root, startCodeServer, toolsDir } from "./codeServer.mjs";
import { cleanNpmEnv, ensureToolsOrExit, findOnPath } from "./tools.mjs";

const t0 = Date.now();
const phases = [];
const timed = (name, fn) => { const t = Date.now(); const r = fn(); phases.push(`${name} ${((Date.now() - t) / 1000).toFixed(0)} s`); return r; };

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT || "3210" },
    course: { type: "string", default: process.env.MATHLAB_COURSE_DIR || join(homedir(), "ml-math-lab-course") },
    open: { type: "boolean", default: false },
  },
});
const desktop = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && Boolean(findOnPath("xdg-open"));
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a port number (1-65535), got "${values.port}"`);
  process.exit(2);
}

function run(cmd, args, what, hint = "") {
  console.log(`[start] ${what}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: cleanNpmEnv(process.env) });
  if (r.status !== 0) { console.error(`\n[start] ${what} failed (see above).${hint}`); process.exit(1); }
}

timed("tools", () => ensureToolsOrExit("lab", "start"));
if (!existsSync(join(root, "node_modules", ".package-lock.json"))) {
  timed("npm packages", () => run("npm", ["ci", "--no-audit", "--no-fund"], "installing npm packages",
    " If npm could not reach its registry, check the network connection, then run `npm start` again."));
}
timed("build", () => run(process.execPath, ["scripts/build.mjs"], "building"));
const course = resolve(values.course);
run(process.execPath, ["--import", "tsx", "scripts/make-course.ts", course], `preparing the course workspace`);

const server = await startCodeServer({ stateDir: join(toolsDir, "start-profile"), port, unpacked: true, folder: course })
  .catch((e) => {
    console.error(`\n[start] VS Code did not start on port ${port}. If another program uses that port, try \`npm start -- --port 3211\`.\n${e.message}`);
    process.exit(1);
  });
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  console.log("\n[start] stopping VS Code");
  server.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
process.on("SIGHUP", stop);
const url = `${server.url}/?folder=${encodeURIComponent(course)}`;
console.log(`\nML Math Lab is running: ${url}\n(Ctrl-C to stop; log: ${server.logFile})`);
console.log(`[start] ready in ${((Date.now() - t0) / 1000).toFixed(0)} s (${phases.join(", ")})`);
if (values.open && desktop) {
  spawn("xdg-open", [url], { stdio: "ignore", detached: true }).on("error", () => console.log("[start] could not open a browser; open the URL above")).unref();
} else if (values.open) {
  console.log("[start] --open: no desktop session here (no DISPLAY/WAYLAND_DISPLAY or no xdg-open); open the URL above in your browser");
} else if (desktop) {
  console.log("[start] `npm start -- --open` opens it in your default browser");
}
setInterval(() => {}, 1 << 30);
