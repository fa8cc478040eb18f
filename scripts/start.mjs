// npm start [-- --port N] [-- --course DIR]: ML Math Lab in VS Code in the browser, on a ready course workspace.
// Installs what is missing, builds, starts code-server on 127.0.0.1 and prints the URL. Ctrl-C stops everything.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ensureTools, root, startCodeServer, toolsDir } from "./codeServer.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT || "3210" },
    course: { type: "string", default: process.env.MATHLAB_COURSE_DIR || join(homedir(), "ml-math-lab-course") },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a port number (1-65535), got "${values.port}"`);
  process.exit(2);
}

function run(cmd, args, what) {
  console.log(`[start] ${what}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) { console.error(`[start] ${what} failed`); process.exit(1); }
}

if (!existsSync(join(root, "node_modules", ".package-lock.json"))) run("npm", ["ci", "--no-audit", "--no-fund"], "installing npm packages");
run(process.execPath, ["scripts/build.mjs"], "building");
console.log("[start] checking code-server and chromium (first time: a few minutes)");
ensureTools();
const course = resolve(values.course);
run(process.execPath, ["--import", "tsx", "scripts/make-course.ts", course], `preparing the course workspace`);

const server = await startCodeServer({
  stateDir: join(toolsDir, "start-profile"),
  port,
  unpacked: true,
  folder: course,
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
console.log(`\nML Math Lab is running: ${server.url}/?folder=${encodeURIComponent(course)}\n(Ctrl-C to stop; log: ${server.logFile})`);
setInterval(() => {}, 1 << 30);
