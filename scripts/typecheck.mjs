// Type-checks each runtime folder against its own tsconfig (its own libs and types).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const folders = ["lab", "protocol", "engine", "server", "extension", "webviews", "lessons", "scripts", "test", "bench"];
const tsc = join("node_modules", "typescript", "bin", "tsc");
let failed = 0;
for (const folder of folders) {
  const project = join(folder, "tsconfig.json");
  if (!existsSync(project)) continue;
  const hasTs = (dir) => readdirSync(dir, { withFileTypes: true }).some((e) =>
    e.isDirectory() ? hasTs(join(dir, e.name)) : e.name.endsWith(".ts"));
  if (!hasTs(folder)) continue;
  const r = spawnSync(process.execPath, [tsc, "-p", project], { stdio: "inherit" });
  console.log(`typecheck ${folder}: ${r.status === 0 ? "ok" : "FAILED"}`);
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
