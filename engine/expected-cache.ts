// Expected outputs kept on disk between runs. Cases are seeded and the oracle is fixed, so a
// spec's expected outputs only change when the model (or reference), the inputs or the declared
// return type change; all three go into the key. A fresh extension host (or CLI run) then answers
// its first Verify without compiling onnxruntime's wasm, which costs ~300 ms of CPU (more on a busy
// machine). Writes are atomic (temp file + rename); a damaged or unreadable entry is a cache miss.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Case } from "./cases";
import type { Value } from "./spec";

/** Bumped when the meaning of a stored entry changes. */
const FORMAT = "expected-v1";

export function defaultCacheDir(): string {
  return join(tmpdir(), `mathlab-expected-${process.getuid?.() ?? 0}`);
}

/** A key over everything the expected outputs depend on. `oracle` identifies the model or reference. */
export function cacheKey(exercise: string, oracle: Uint8Array | string, returns: unknown, cases: readonly Case[]): string {
  const h = createHash("sha256");
  h.update(FORMAT).update("\0").update(exercise).update("\0").update(oracle).update("\0").update(JSON.stringify(returns));
  for (const c of cases) {
    h.update("\0case\0").update(c.name);
    for (const a of c.args) h.update(serialize(a));
  }
  return h.digest("hex").slice(0, 40);
}

export function readCached(dir: string, key: string): Value[] | null {
  try {
    const v = deserialize(readFileSync(join(dir, `${key}.bin`))) as unknown;
    return Array.isArray(v) ? (v as Value[]) : null;
  } catch {
    return null;
  }
}

export function writeCached(dir: string, key: string, values: readonly Value[]): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, serialize(values));
    renameSync(tmp, join(dir, `${key}.bin`));
  } catch {
    // A cache that cannot be written only costs time.
  }
}
