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
  /** Load plus activate(): from the bundle's first statement to the end of activate(). */
  readonly activationMs: number;
  /** performance.now() (of the extension host) when activate() returned. */
  readonly activatedAt: number;
}

/** When the bundle started evaluating; when not running from the bundle (no banner), `fallback`. */
export function loadStart(fallback: number): number {
  return typeof __mathlabLoadStart === "number" ? __mathlabLoadStart : fallback;
}

export function activationTiming(start: number, loadedAt: number, activateStart: number): ActivationTiming {
  const activatedAt = performance.now();
  return {
    loadMs: loadedAt - start,
    activateMs: activatedAt - activateStart,
    activationMs: activatedAt - start,
    activatedAt,
  };
}
