// npm run package: a production build, then an offline .vsix (bundled, so no node_modules inside).
// Prints the size against the 10 MB budget.
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { root } from "./codeServer.mjs";

const { values } = parseArgs({ options: { out: { type: "string" }, "no-build": { type: "boolean", default: false } } });
const require = createRequire(join(root, "package.json"));
const pkg = require("./package.json");
const out = values.out || join(root, `${pkg.name}-${pkg.version}.vsix`);
if (!values["no-build"]) {
  const b = spawnSync(process.execPath, ["scripts/build.mjs", "--production"], { cwd: root, stdio: "inherit" });
  if (b.status !== 0) process.exit(1);
}
const vsce = require.resolve("@vscode/vsce/vsce");
const r = spawnSync(process.execPath, [vsce, "package", "--no-dependencies", "--allow-missing-repository", "--no-rewrite-relative-links", "-o", out],
  { cwd: root, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
if (r.status !== 0) { console.error(r.stdout); process.exit(1); }
const mb = statSync(out).size / 1e6;
console.log(`package: ${out} — ${mb.toFixed(2)} MB (budget 10 MB)${mb > 10 ? "  OVER BUDGET" : ""}`);
process.exit(mb > 10 ? 1 : 0);
