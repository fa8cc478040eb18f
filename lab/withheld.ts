// Which library functions the current exercise switches off. The engine sets this before it runs
// a student's file; every public function asks `guard(name)` first.
import { WithheldError } from "./errors";

const withheld = new Set<string>();

/** Functions that give the withheld one away directly, switched off along with it. */
const companions: Record<string, string[]> = {
  "linalg.svd": ["linalg.svdvals"],
  "linalg.eigh": ["linalg.eigvalsh"],
};

/**
 * Switches off these functions (e.g. ["linalg.svd", "matmul"]; a leading "np." is ignored) and
 * their direct companions (svd → svdvals, eigh → eigvalsh); [] switches everything back on.
 * Other routines that use the same algorithm internally (pinv, norm with ord 2...) stay on:
 * list them too if the exercise should not allow them.
 */
export function setWithheld(names: readonly string[]): void {
  withheld.clear();
  for (const raw of names) {
    const n = raw.startsWith("np.") ? raw.slice(3) : raw;
    withheld.add(n);
    for (const c of companions[n] ?? []) withheld.add(c);
  }
}

/** The names switched off right now. */
export function withheldNames(): string[] {
  return [...withheld];
}

const lessonHint: Record<string, string> = {
  "linalg.svd": "compute the SVD yourself",
  "linalg.eigh": "compute the eigendecomposition yourself",
  "linalg.qr": "compute the QR decomposition yourself",
  "linalg.cholesky": "compute the Cholesky factor yourself",
  "linalg.solve": "solve the linear system yourself",
  "linalg.inv": "compute the inverse yourself",
  "linalg.det": "compute the determinant yourself",
  "linalg.norm": "compute the norm yourself",
};

let internalDepth = 0;

/**
 * Runs library code that calls other public functions, with the switch-offs suspended: withholding
 * `transpose` must not break `np.inner`, which happens to use it.
 */
export function internal<R>(body: () => R): R {
  internalDepth++;
  try {
    return body();
  } finally {
    internalDepth--;
  }
}

/** Throws a WithheldError if `name` is switched off in this exercise (and we are not inside the library). */
export function guard(name: string): void {
  if (withheld.size !== 0 && internalDepth === 0 && withheld.has(name)) {
    const what = lessonHint[name] ?? `write ${name} yourself`;
    throw new WithheldError(
      `np.${name} is switched off in this exercise: the point is to ${what} (see the lesson).`,
    );
  }
}
