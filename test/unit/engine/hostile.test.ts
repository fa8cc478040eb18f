// Hostile student programs: each must end with a clear message, without hanging the engine or writing files.
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Engine } from "../../../engine/verify";

const engine = new Engine({ distRoot: null, timeoutSeconds: 1.5, memoryMb: 96 });
after(() => engine.dispose());

const file = join(__dirname, "..", "..", "..", "lessons", "6.2-logistic-softmax", "softmax.ts");
const verify = (source: string) => engine.verify({ file, source, exercise: "6.2/softmax" });
const header = `import * as np from "mathlab";\n`;
const fn = (body: string) => `${header}export function softmax(z: np.T<"N K">): np.T<"N K"> {\n${body}\n}\n`;

void describe("hostile programs", () => {
  void it("stops an infinite loop at the timeout while the engine's own event loop keeps answering", async () => {
    let ticks = 0;
    const timer = setInterval(() => { ticks++; }, 20);
    const t0 = Date.now();
    const r = await verify(fn("while (true) {}\nreturn z;"));
    clearInterval(timer);
    assert.equal(r.passed, false);
    assert.equal(r.error?.kind, "timeout");
    assert.match(r.error!.message, /loop that never ends/);
    assert.ok(Date.now() - t0 < 4000, "killed promptly");
    assert.ok(ticks >= 30, `engine stayed responsive (${ticks} ticks)`);
  });

  void it("stops a memory bomb", async () => {
    const r = await verify(fn("const keep: number[][] = [];\nfor (;;) keep.push(new Array(1e6).fill(Math.random()));"));
    assert.equal(r.passed, false);
    assert.ok(r.error?.kind === "memory" || r.error?.kind === "timeout", `got ${r.error?.kind}: ${r.error?.message}`);
  });

  void it("reports process.exit", async () => {
    const r = await verify(fn("process.exit(0);\nreturn z;"));
    assert.equal(r.passed, false);
    assert.match(r.failures[0]!.message, /process\.exit/);
  });

  void it("reports a real exit reached around the sandbox's stubs", async () => {
    const r = await verify(fn(`(Function("return process")()).exit(3);\nreturn z;`));
    assert.equal(r.error?.kind, "exit");
    assert.match(r.error!.message, /exit code 3|process\.exit/);
  });

  void it("explains throwing a string or null", async () => {
    const s = await verify(fn(`throw "oops";`));
    assert.match(s.failures[0]!.message, /threw string "oops", not an Error/);
    const n = await verify(fn(`throw null;`));
    assert.match(n.failures[0]!.message, /threw null/);
  });

  void it("points at the student's line when an Error is thrown", async () => {
    const r = await verify(`${header}\n\nexport function softmax(z: np.T<"N K">): np.T<"N K"> {\n  const y = z;\n  throw new Error("boom " + y.shape);\n}\n`);
    assert.match(r.failures[0]!.message, /boom .*\(line 6\)/);
  });

  void it("names the wrong shape", async () => {
    const r = await verify(fn("return np.sum(z, -1) as any;"));
    assert.equal(r.passed, false);
    assert.ok(r.failures.some((f) => /has shape \[\d+\], expected \[\d+, \d+\]/.test(f.message)));
    assert.equal(r.diagnosis?.id, "shape");
  });

  void it("reports NaN outputs at their index", async () => {
    const r = await verify(fn("return np.multiply(z, NaN);"));
    assert.match(r.failures[0]!.message, /output\[0, 0\] is NaN/);
  });

  void it("reports returning nothing, a Promise, a plain array", async () => {
    assert.match((await verify(fn("z;"))).failures[0]!.message, /returned undefined .*return statement/);
    const p = await verify(`${header}export async function softmax(z: any) { return z; }\n`);
    assert.match(p.failures[0]!.message, /Promise/);
    const a = await verify(fn("return [[1]] as any;"));
    assert.match(a.failures[0]!.message, /should be a tensor/);
  });

  void it("gives a syntax error with its line", async () => {
    const r = await verify(`${header}export function softmax(z) {\n  return z +;\n}\n`);
    assert.equal(r.error?.kind, "syntax");
    assert.equal(r.error?.line, 3);
  });

  void it("reports a missing export, listing what is exported", async () => {
    const r = await verify(`${header}export function softmx(z: any) { return z; }\n`);
    assert.equal(r.error?.kind, "missing-export");
    assert.match(r.error!.message, /softmax.*softmx/);
  });

  void it("refuses imports other than mathlab", async () => {
    const r = await verify(`import { writeFileSync } from "fs";\n${fn(`writeFileSync("x", "y");\nreturn z;`)}`);
    assert.equal(r.error?.kind, "import");
    assert.match(r.error!.message, /"fs".*only from "mathlab"/);
  });

  void it("cannot write files even when it reaches Node's require", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mathlab-hostile-"));
    const target = join(dir, "pwned.txt");
    const r = await verify(fn(`(Function("return process")()).mainModule.require("fs").writeFileSync(${JSON.stringify(target)}, "x");\nreturn z;`));
    assert.equal(r.passed, false);
    assert.match(r.failures[0]!.message, /ERR_ACCESS_DENIED|restricted|permission/i, "refused by Node's permission model");
    assert.equal(existsSync(target), false);
  });

  void it("reports a recursion that never stops", async () => {
    const r = await verify(`${header}function f(n: number): number { return f(n + 1) + 1; }\nexport function softmax(z: any) { f(0); return z; }\n`);
    assert.match(r.failures[0]!.message, /call stack/);
  });

  void it("captures console output", async () => {
    const r = await verify(fn(`console.log("shape is", z.shape);\nthrow new Error("stop");`));
    assert.ok(r.logs.some((l) => l.includes("shape is")));
  });

  void it("recovers: a correct file verifies right after a runaway", async () => {
    await verify(fn("for (;;) {}"));
    const r = await verify(fn("const e = np.exp(np.subtract(z, np.max(z, { axis: -1, keepdims: true })));\nreturn np.divide(e, np.sum(e, { axis: -1, keepdims: true }));"));
    assert.equal(r.passed, true, JSON.stringify(r.failures[0] ?? r.error));
  });
});
