// How long ML Math Lab takes to start. scripts/build.mjs puts a banner at the very top of
// dist/extension.js that notes `performance.now()` in `__mathlabLoadStart` before any module of the
// bundle is evaluated; extension.ts notes the end of evaluation (its own top level runs last) and
// the end of activate(). The numbers are the extension's exports (bench/activation reads them).

declare const __mathlabLoadStart: number | undefined;

/** What `vscode.extensions.getExtension("mathlab.ml-math-lab").exports` carries. */
export interface ActivationTiming {
  /** Evaluating dist/extension.js: from its first statement to the end of the entry module. */
  readonly loadMs: number;
  /** The body of activate(). */
  readonly activateMs: number;
  /** Activation as VS Code counts it, less reading and parsing the file: loading plus activate(). */
  readonly activationMs: number;
  /**
   * From the bundle's first statement to the end of activate(). Also counts the time VS Code spends
   * between loading the module and calling activate() (it prepares the extension context, storage).
   */
  readonly wallMs: number;
  /** performance.now() (of the extension host) when activate() returned. */
  readonly activatedAt: number;
}

/** When the bundle started evaluating; when not running from the bundle (no banner), `fallback`. */
export function loadStart(fallback: number): number {
  return typeof __mathlabLoadStart === "number" ? __mathlabLoadStart : fallback;
}

export function activationTiming(start: number, loadedAt: number, activateStart: number): ActivationTiming {
  const activatedAt = performance.now();
  const loadMs = loadedAt - start;
  const activateMs = activatedAt - activateStart;
  return { loadMs, activateMs, activationMs: loadMs + activateMs, wallMs: activatedAt - start, activatedAt };
}

/** The line written to the "ML Math Lab" output channel. */
export function describeTiming(t: ActivationTiming): string {
  const ms = (x: number): string => `${Math.round(x)} ms`;
  return `activated in ${ms(t.activationMs)} (loading ${ms(t.loadMs)}, activate() ${ms(t.activateMs)}; ${ms(t.wallMs)} from the bundle's first line, counting VS Code's own work in between)`;
}
