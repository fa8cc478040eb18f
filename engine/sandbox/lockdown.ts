// What the student's code may reach in the sandbox process. Node 20's permission model (see
// pool.ts) stops file writes, child processes, workers and addons, but has no switch for the
// network; so the child also refuses, by name, every module that opens sockets, starts processes or
// threads, or reaches into Node's internals, whichever way it is asked for:
//   - `import … from "net"` / `require("net")`       → the student's require (studentRequire)
//   - `await import("node:net")`                     → transpiled to require (transpile.ts), so the same
//   - `process.binding(…)`, `process.dlopen(…)`      → throwing stand-ins on the student's process
//   - the real `require`, reached some other way     → Module._load refuses the same names
// The student's code also runs in strict mode and with code generation from strings switched off
// (pool.ts passes --disallow-code-generation-from-strings), so `Function("return process")()` and a
// sloppy `this` cannot hand it the real globals. Any refusal fails the whole verification with a
// message naming what was refused, even when the student's code caught the error.

/** Modules refused with the "no network, no processes" message (with or without the node: prefix). */
export const BLOCKED_MODULES: readonly string[] = [
  "net", "http", "https", "http2", "dgram", "dns", "dns/promises", "tls", "child_process", "cluster",
  "worker_threads", "inspector", "inspector/promises", "fs", "fs/promises", "module", "vm", "v8", "repl",
  "process", "os", "async_hooks", "diagnostics_channel", "trace_events", "wasi", "undici",
];

export class ImportRefused extends Error {}

let firstRefusal: ImportRefused | null = null;

/** The first refusal of the current job (it fails the job even when the student caught it). */
export function refusal(): ImportRefused | null {
  return firstRefusal;
}

function refuse(message: string): ImportRefused {
  const e = new ImportRefused(message);
  firstRefusal ??= e;
  return e;
}

const bare = (name: string): string => name.replace(/^node:/, "");

/** The error for a module the student may not import. */
export function refusedImport(name: string): ImportRefused {
  if (BLOCKED_MODULES.includes(bare(name))) {
    return refuse(`import "${name}" is blocked: exercises run without network, files, processes, threads or debugger access. ` +
      `Import only from "mathlab".`);
  }
  return refuse(`import "${name}" is not available here: an exercise is a single file that imports only from "mathlab"`);
}

/** Stand-ins for the process functions that reach native code. */
function refusedProcessCall(what: string): () => never {
  return () => { throw refuse(`process.${what} is blocked: exercises run without access to Node's internals. Use only "mathlab".`); };
}

export const PROCESS_BLOCKED = ["binding", "_linkedBinding", "dlopen", "getBuiltinModule"] as const;

/** Adds the throwing stand-ins to the student's `process`. */
export function guardStudentProcess(p: Record<string, unknown>): void {
  for (const name of PROCESS_BLOCKED) p[name] = refusedProcessCall(name);
}

/** Locks the real process down; call after the child has loaded everything it needs itself. */
export function lockDownProcess(): void {
  const real = process as unknown as Record<string, unknown>;
  for (const name of PROCESS_BLOCKED) {
    if (name in real) {
      try { Object.defineProperty(real, name, { value: refusedProcessCall(name), configurable: false, writable: false }); } catch { /* already locked */ }
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require("node:module") as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  const guarded = function (this: unknown, request: string, ...rest: unknown[]): unknown {
    if (BLOCKED_MODULES.includes(bare(request))) throw refusedImport(request);
    return load.call(this, request, ...rest);
  };
  Object.defineProperty(Module, "_load", { value: guarded, configurable: false, writable: false });
}
