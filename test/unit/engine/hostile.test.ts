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

  void it("refuses eval and new Function, the way around the sandbox's stubs", async () => {
    const r = await verify(fn(`(Function("return process")()).exit(3);\nreturn z;`));
    assert.equal(r.passed, false);
    assert.notEqual(r.error?.kind, "exit");
    assert.match(r.failures[0]?.message ?? r.error?.message ?? "", /eval and new Function are blocked/);
  });

  void it("runs the student's code in strict mode: a plain function's this is not the global object", async () => {
    const r = await verify(fn(`if ((function (this: any) { return this; })() !== undefined) throw new Error("reached the global object");
const e = np.exp(np.subtract(z, np.max(z, { axis: -1, keepdims: true })));
return np.divide(e, np.sum(e, { axis: -1, keepdims: true }));`));
    assert.equal(r.passed, true, JSON.stringify(r.failures[0] ?? r.error));
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

  void it("blocks network, process and debugger modules by require, static import and import()", async () => {
    const blocked = /is blocked: exercises run without network, files, processes, threads or debugger access/;
    const req = await verify(fn(`const net = require("net");\nnet.connect(80, "example.com");\nreturn z;`));
    assert.equal(req.error?.kind, "import");
    assert.match(req.error!.message, /"net" is blocked/);
    assert.match(req.error!.message, blocked);
    for (const name of ["node:http", "https", "dgram", "child_process", "worker_threads", "inspector"]) {
      const r = await verify(`import * as m from "${name}";\n${fn("return (m as any).x ?? z;")}`);
      assert.equal(r.error?.kind, "import", `${name}: ${JSON.stringify(r.error ?? r.failures[0])}`);
      assert.match(r.error!.message, new RegExp(`"${name}" is blocked`));
    }
    const dyn = await verify(fn(`void import("node:net").then((m: any) => m.connect(80, "example.com"));\nreturn z;`));
    assert.equal(dyn.error?.kind, "import", JSON.stringify(dyn.error ?? dyn.failures[0]));
    assert.match(dyn.error!.message, /"node:net" is blocked/);
  });

  void it("fails the verification even when the student's code catches the refusal", async () => {
    const r = await verify(fn(`try { require("child_process").execSync("id"); } catch { /* hidden */ }
const e = np.exp(np.subtract(z, np.max(z, { axis: -1, keepdims: true })));
return np.divide(e, np.sum(e, { axis: -1, keepdims: true }));`));
    assert.equal(r.passed, false);
    assert.equal(r.error?.kind, "import");
    assert.match(r.error!.message, /"child_process" is blocked/);
  });

  void it("blocks process.binding and process.dlopen", async () => {
    const r = await verify(fn(`(process as any).binding("tcp_wrap");\nreturn z;`));
    assert.equal(r.passed, false);
    assert.equal(r.error?.kind, "import");
    assert.match(r.error!.message, /process\.binding is blocked/);
    const d = await verify(fn(`(process as any).dlopen({}, "/tmp/x.node");\nreturn z;`));
    assert.match(d.error!.message, /process\.dlopen is blocked/);
  });

  void it("writes no file through the refused fs module", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mathlab-hostile-"));
    const target = join(dir, "pwned.txt");
    const r = await verify(fn(`try { require("fs").writeFileSync(${JSON.stringify(target)}, "x"); } catch { /* ignore */ }\nreturn z;`));
    assert.equal(r.passed, false);
    assert.equal(r.error?.kind, "import");
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
