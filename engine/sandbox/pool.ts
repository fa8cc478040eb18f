// Starts sandbox processes and keeps one warm spare, so a click on Verify does not pay Node's start-up.
// Each process runs one job and is then killed. Limits: Node's permission model (reads only the
// sandbox script's folder; no writes, child processes, workers or addons), a heap cap, an RSS watch
// and a wall-clock timeout.
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { ChildMessage, SandboxJob } from "./messages";

export interface SandboxOptions {
  /** Path of the bundled child (dist/sandbox.js). */
  readonly script: string;
  readonly timeoutMs: number;
  readonly memoryMb: number;
}

export type JobEnd =
  | { readonly kind: "done" }
  | { readonly kind: "fatal"; readonly message: ChildMessage & { type: "fatal" } }
  | { readonly kind: "timeout"; readonly completedCases: number }
  | { readonly kind: "memory"; readonly completedCases: number }
  | { readonly kind: "exit"; readonly code: number | null; readonly signal: string | null; readonly stderr: string; readonly completedCases: number };

interface Warm {
  readonly child: ChildProcess;
  readonly ready: Promise<boolean>;
  stderr: string;
}

let permissionFlagsWork: boolean | null = null;

function permissionFlags(script: string): string[] {
  if (permissionFlagsWork === false) return [];
  const flag = process.allowedNodeEnvironmentFlags.has("--permission") ? "--permission" : "--experimental-permission";
  return [flag, `--allow-fs-read=${dirname(script)}`];
}

export class SandboxPool {
  private spare: Warm | null = null;
  private disposed = false;

  constructor(private readonly opts: SandboxOptions) {}

  private start(): Warm {
    const args = [
      ...permissionFlags(this.opts.script),
      `--max-old-space-size=${this.opts.memoryMb}`,
      "--stack-size=4000",
      // eval / new Function would hand the student's code the real globals (see lockdown.ts).
      "--disallow-code-generation-from-strings",
      "--disable-warning=ExperimentalWarning",
      this.opts.script,
    ];
    const child = spawn(process.execPath, args.filter((a) => a !== "--disable-warning=ExperimentalWarning" || supportsDisableWarning()), {
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
      env: { ELECTRON_RUN_AS_NODE: "1", NODE_OPTIONS: "" },
      cwd: dirname(this.opts.script),
    });
    const warm: Warm = { child, stderr: "", ready: Promise.resolve(false) };
    child.stderr?.on("data", (d: Buffer) => { if (warm.stderr.length < 8000) warm.stderr += d.toString(); });
    (warm as { ready: Promise<boolean> }).ready = new Promise<boolean>((resolve) => {
      const onMsg = (m: ChildMessage): void => { if (m.type === "ready") { child.off("message", onMsg); resolve(true); } };
      child.on("message", onMsg);
      child.once("exit", () => resolve(false));
      child.once("error", () => resolve(false));
    });
    this.idle(child);
    return warm;
  }

  /** A spare must not keep the CLI's event loop alive. */
  private idle(child: ChildProcess): void {
    child.unref();
    (child as unknown as { channel?: { unref(): void } }).channel?.unref();
    (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
  }

  private busy(child: ChildProcess): void {
    child.ref();
    (child as unknown as { channel?: { ref(): void } }).channel?.ref();
  }

  /** Makes sure a warm process is starting (call early to hide start-up). */
  prewarm(): void {
    if (!this.spare && !this.disposed) this.spare = this.start();
  }

  private async take(): Promise<Warm> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const w = this.spare ?? this.start();
      this.spare = null;
      this.busy(w.child);
      if (await w.ready) return w;
      // The permission flags may be refused by this runtime (some Electron builds): retry without.
      if (permissionFlagsWork === null && /permission|bad option/i.test(w.stderr)) { permissionFlagsWork = false; continue; }
      throw new Error(`the sandbox process did not start: ${w.stderr.trim() || "no output"}`);
    }
    throw new Error("the sandbox process did not start");
  }

  /** Runs a job; `onMessage` sees every case and log message. Resolves when the job ends, however it ends. */
  async run(job: SandboxJob, onMessage: (m: ChildMessage) => void, timeoutMs = this.opts.timeoutMs): Promise<JobEnd> {
    const w = await this.take();
    if (permissionFlagsWork === null) permissionFlagsWork = true;
    this.prewarm();
    const child = w.child;
    this.busy(child);
    let completed = 0;
    return new Promise<JobEnd>((resolve) => {
      let settled = false;
      const finish = (end: JobEnd): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearInterval(memWatch);
        child.removeAllListeners("message");
        child.kill("SIGKILL");
        this.idle(child);
        resolve(end);
      };
      const timer = setTimeout(() => finish({ kind: "timeout", completedCases: completed }), timeoutMs);
      const memWatch = setInterval(() => {
        if (rssMb(child.pid) > this.opts.memoryMb * 2) finish({ kind: "memory", completedCases: completed });
      }, 50);
      child.on("message", (m: ChildMessage) => {
        if (m.type === "case") completed++;
        if (m.type === "done") { finish({ kind: "done" }); return; }
        if (m.type === "fatal") { finish({ kind: "fatal", message: m }); return; }
        onMessage(m);
      });
      child.once("exit", (code, signal) => {
        const oom = /heap out of memory|Allocation failed|invalid array length|RangeError: Array buffer allocation/i.test(w.stderr);
        finish(oom ? { kind: "memory", completedCases: completed }
          : { kind: "exit", code, signal, stderr: w.stderr, completedCases: completed });
      });
      child.send(job);
    });
  }

  dispose(): void {
    this.disposed = true;
    this.spare?.child.kill("SIGKILL");
    this.spare = null;
  }
}

let disableWarning: boolean | null = null;
function supportsDisableWarning(): boolean {
  disableWarning ??= process.allowedNodeEnvironmentFlags.has("--disable-warning");
  return disableWarning;
}

/** Resident memory of a process in MiB (Linux /proc; 0 where unavailable). */
function rssMb(pid: number | undefined): number {
  if (!pid || process.platform !== "linux") return 0;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * The child script: dist/sandbox.js when built; otherwise (tests, development from source) the
 * TypeScript child bundled once into a temp folder with the native esbuild.
 */
export async function sandboxScript(distRoot: string | null, engineDir: string): Promise<string> {
  if (distRoot) {
    const built = join(distRoot, "sandbox.js");
    if (existsSync(built)) return built;
  }
  const source = join(engineDir, "sandbox", "child.ts");
  const repo = join(engineDir, "..");
  const stamp = Math.max(...["engine/sandbox", "lab"].map((p) => latestMtime(join(repo, p))));
  const outDir = join(tmpdir(), `mathlab-sandbox-${process.getuid?.() ?? 0}`);
  const out = join(outDir, `sandbox-${Math.round(stamp)}.js`);
  if (existsSync(out)) return out;
  mkdirSync(outDir, { recursive: true });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require("esbuild") as typeof import("esbuild");
  await esbuild.build({
    entryPoints: [source], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: `${out}.${process.pid}.tmp`,
    alias: { mathlab: join(repo, "lab", "index.ts") }, logLevel: "silent",
  });
  renameSync(`${out}.${process.pid}.tmp`, out);
  return out;
}

function latestMtime(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs;
  for (const e of readdirSync(p)) m = Math.max(m, latestMtime(join(p, e)));
  return m;
}
