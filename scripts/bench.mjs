// npm run bench -- <name>: runs bench/<name>.bench.ts (lab, verify, server, lessons); no name runs all.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

const names = process.argv.slice(2);
const all = readdirSync("bench").filter((f) => f.endsWith(".bench.ts")).map((f) => f.replace(/\.bench\.ts$/, ""));
const chosen = names.length ? names : all;
let failed = 0;
for (const name of chosen) {
  const file = `bench/${name}.bench.ts`;
  if (!existsSync(file)) { console.error(`no benchmark named "${name}" (have: ${all.join(", ")})`); failed++; continue; }
  console.log(`\n=== bench ${name}`);
  const r = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", file], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
