// The sandbox process: evaluates one student file, calls its exported function on each case's
// arguments, and reports results over IPC. Started by pool.ts with Node's permission model (no file
// writes, no child processes, no workers, no addons), a heap cap and a wall-clock timeout. One job
// per process: the engine kills it afterwards, so nothing a student's code does can leak into the
// next run.
import * as vm from "node:vm";
import { inspect } from "node:util";
import * as lab from "../../lab/index";
import { fromFlat, isTensor, LabError, setWithheld, WithheldError } from "../../lab/internal";
import type { Tensor } from "../../lab/internal";
import { guardStudentProcess, ImportRefused, lockDownProcess, refusal, refusedImport } from "./lockdown";
import { STUDENT_FILE } from "./messages";
import type { ChildMessage, SandboxJob, ThrownInfo, Unsupported } from "./messages";
import type { Value } from "../spec";

const send = process.send!.bind(process);
const post = (m: ChildMessage): void => { send(m); };

const LOG_LIMIT = 64 * 1024;
let logged = 0;

function log(args: unknown[]): void {
  if (logged > LOG_LIMIT) return;
  const text = args.map((a) => (typeof a === "string" ? a : inspect(a, { depth: 4 }))).join(" ");
  logged += text.length;
  post({ type: "log", text: logged > LOG_LIMIT ? `${text.slice(0, 200)}\n… (console output truncated)` : text });
}

const studentConsole = {
  log: (...a: unknown[]) => log(a), info: (...a: unknown[]) => log(a), debug: (...a: unknown[]) => log(a),
  warn: (...a: unknown[]) => log(a), error: (...a: unknown[]) => log(a), table: (...a: unknown[]) => log(a),
  dir: (...a: unknown[]) => log(a),
};

class ExitCalled extends Error {}

const studentProcess = {
  exit: (code?: number) => { throw new ExitCalled(`process.exit(${code ?? ""}) was called: return a value from your function instead`); },
  env: {},
  argv: [] as string[],
  platform: process.platform,
};

guardStudentProcess(studentProcess);

function studentRequire(name: string): unknown {
  if (name === "mathlab") return lab;
  throw refusedImport(name);
}

function generatedLine(e: unknown): number | null {
  const stack = e instanceof Error ? e.stack ?? "" : "";
  const m = new RegExp(`${STUDENT_FILE.replace(/\./g, "\\.")}:(\\d+):\\d+`).exec(stack);
  return m ? Number(m[1]) : null;
}

export function describeThrown(e: unknown): ThrownInfo {
  const line = generatedLine(e);
  if (e instanceof ExitCalled) return { kind: "exit", message: e.message, generatedLine: line };
  if (e instanceof ImportRefused) return { kind: "import", message: e.message, generatedLine: line };
  if (e instanceof WithheldError) return { kind: "withheld", message: e.message, generatedLine: line };
  if (e instanceof LabError) return { kind: "lab-error", message: `${e.name}: ${e.message}`, generatedLine: line };
  if (e instanceof EvalError && /code generation from strings/i.test(e.message)) {
    return { kind: "import", message: "eval and new Function are blocked in the sandbox: write the code directly in your function", generatedLine: line };
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return { kind: "thrown", message: "Maximum call stack size exceeded: a recursion that never stops?", generatedLine: line };
  }
  if (e instanceof Error) return { kind: "thrown", message: `${e.name}: ${e.message}`, generatedLine: line };
  let shown: string;
  try { shown = typeof e === "string" ? JSON.stringify(e) : inspect(e, { depth: 2 }); } catch { shown = String(e); }
  return {
    kind: "thrown",
    message: `your code threw ${e === null ? "null" : typeof e} ${shown}, not an Error (throw new Error("...") gives a message and a line)`,
    generatedLine: null,
  };
}

function toLab(v: Value): unknown {
  if (typeof v === "object" && v !== null && !Array.isArray(v) && ArrayBuffer.isView((v as { data?: unknown }).data)) {
    const t = v as { shape: readonly number[]; data: Float64Array };
    return fromFlat(t.data, t.shape);
  }
  if (Array.isArray(v)) return v.map(toLab);
  if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toLab(x as Value)]));
  return v;
}

/**
 * A tensor's elements in row-major order, as float64. Read through `contiguous()` rather than
 * `data` directly: a view (a transpose, a slice, a broadcast) may keep its elements in another order,
 * and only the lab knows how to lay them out. Checked against the shape so a mismatch cannot slip by.
 */
function tensorValue(x: Tensor): Value {
  const flat = x.contiguous().data;
  const size = x.shape.reduce((a, b) => a * b, 1);
  if (flat.length !== size) throw new Error(`internal: a tensor of shape [${x.shape.join(", ")}] holds ${flat.length} elements`);
  return { shape: [...x.shape], data: Float64Array.from(flat) };
}

function fromLab(x: unknown, depth = 0): Value | Unsupported | undefined {
  if (isTensor(x)) return tensorValue(x);
  if (x === undefined) return undefined;
  if (typeof x === "number" || typeof x === "boolean" || typeof x === "string") return x as Value;
  if (typeof x === "bigint") return Number(x);
  if (x === null) return { $unsupported: "null" };
  if (typeof x === "function") return { $unsupported: "a function" };
  if (typeof x === "symbol") return { $unsupported: "a symbol" };
  if (depth > 8) return { $unsupported: "a value nested too deeply" };
  if (ArrayBuffer.isView(x)) return { $unsupported: "a typed array (wrap it with np.array)" };
  if (x instanceof Promise) return { $unsupported: "a Promise (the function must not be async)" };
  if (Array.isArray(x)) return x.map((y) => fromLab(y, depth + 1)) as Value;
  return Object.fromEntries(Object.entries(x as object).map(([k, y]) => [k, fromLab(y, depth + 1)])) as Value;
}

function runJob(job: SandboxJob): void {
  setWithheld(job.withheld);
  const module = { exports: {} as Record<string, unknown> };
  let fn: unknown;
  try {
    // Strict mode: a plain function's `this` is undefined, not the real global object.
    const wrapper = vm.runInThisContext(
      `(function (exports, require, module, console, process, fetch, WebSocket, globalThis, global) {"use strict";${job.code}\n})`,
      { filename: STUDENT_FILE },
    ) as (...a: unknown[]) => void;
    wrapper.call(module.exports, module.exports, studentRequire, module, studentConsole, studentProcess,
      undefined, undefined, undefined, undefined);
    fn = module.exports[job.fn];
  } catch (e: unknown) {
    post({ type: "fatal", error: describeThrown(e) });
    return;
  }
  if (typeof fn !== "function") {
    const names = Object.keys(module.exports);
    post({
      type: "fatal",
      error: {
        kind: "missing-export",
        message: fn === undefined
          ? `the file does not export a function named ${job.fn}` + (names.length ? ` (it exports: ${names.join(", ")})` : "") +
            `: keep "export function ${job.fn}(...)"`
          : `${job.fn} is exported but is ${typeof fn}, not a function`,
        generatedLine: null,
      },
    });
    return;
  }
  job.cases.forEach((args, index) => {
    const t0 = performance.now();
    try {
      const out = (fn as (...a: unknown[]) => unknown)(...args.map(toLab));
      const printed = job.print ? (isTensor(out) ? out.toString() : inspect(out, { depth: 4 })) : null;
      post({ type: "case", index, ok: true, value: fromLab(out), printed, ms: performance.now() - t0 });
    } catch (e: unknown) {
      post({ type: "case", index, ok: false, error: describeThrown(e), ms: performance.now() - t0 });
    }
  });
  // A refused import fails the job even when the student's code caught it or never awaited it;
  // setImmediate lets a pending `import()` settle first.
  setImmediate(() => {
    const refused = refusal();
    post(refused ? { type: "fatal", error: describeThrown(refused) } : { type: "done" });
  });
}

// Unhandled rejections from student code (a stray async function) must not crash silently.
process.on("unhandledRejection", (e) => { post({ type: "log", text: `unhandled rejection: ${describeThrown(e).message}` }); });
delete (globalThis as { fetch?: unknown }).fetch;
delete (globalThis as { WebSocket?: unknown }).WebSocket;
lockDownProcess();
process.on("message", (m: SandboxJob) => {
  if (m.type === "job") runJob(m);
});
post({ type: "ready" });
