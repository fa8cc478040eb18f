// Which library functions the current exercise switches off. The engine sets this before it runs
// a student's file; every public function asks `guard(name)` first.
import { WithheldError } from "./errors";

const withheld = new Set<string>();

/** Switches off exactly these functions (e.g. ["linalg.svd", "matmul"]); [] switches everything back on. */
export function setWithheld(names: readonly string[]): void {
  withheld.clear();
  for (const n of names) withheld.add(n.startsWith("np.") ? n.slice(3) : n);
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

/** Throws a WithheldError if `name` is switched off in this exercise. */
export function guard(name: string): void {
  if (withheld.size !== 0 && withheld.has(name)) {
    const what = lessonHint[name] ?? `write ${name} yourself`;
    throw new WithheldError(
      `np.${name} is switched off in this exercise: the point is to ${what} (see the lesson).`,
    );
  }
}
