// Progress per exercise (not started / attempted / verified, attempts, hints used), stored as JSON in
// `<course workspace>/.mathlab/progress.json`. Every write goes to a temp file that is fsynced and then
// renamed over the old one, so a crash or kill at any moment leaves either the old or the new file.
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { ExerciseProgress, ProgressFile } from "../protocol/verify";

const EMPTY: ExerciseProgress = { status: "not-started", attempts: 0, hintsUsed: 0, lastVerified: null };

export function progressPath(courseRoot: string): string {
  return join(courseRoot, ".mathlab", "progress.json");
}

/** Writes `text` to `file` atomically: temp file in the same folder, fsync, rename, fsync the folder. */
export function writeAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  try {
    const dfd = openSync(dirname(file), "r");
    try { fsyncSync(dfd); } finally { closeSync(dfd); }
  } catch {
    // Folders cannot be opened for fsync on every platform (Windows); the rename is still atomic.
  }
}

/** Temp files left by a writer that was killed before its rename. */
function removeStaleTemps(file: string): void {
  try {
    for (const f of readdirSync(dirname(file))) {
      if (f.startsWith(`${basename(file)}.`) && f.endsWith(".tmp")) rmSync(join(dirname(file), f), { force: true });
    }
  } catch {
    // No folder yet.
  }
}

export class ProgressStore {
  private data: { version: 1; exercises: Record<string, ExerciseProgress> };
  readonly file: string;

  constructor(courseRoot: string) {
    this.file = progressPath(courseRoot);
    this.data = ProgressStore.read(this.file);
    removeStaleTemps(this.file);
  }

  static read(file: string): { version: 1; exercises: Record<string, ExerciseProgress> } {
    try {
      const parsed = JSON.parse(readFileSync(file, "utf8")) as ProgressFile;
      if (parsed && parsed.version === 1 && typeof parsed.exercises === "object") {
        return { version: 1, exercises: { ...parsed.exercises } };
      }
    } catch {
      // Missing or unreadable: start empty (a torn file cannot happen, see writeAtomic).
    }
    return { version: 1, exercises: {} };
  }

  get(key: string): ExerciseProgress {
    return this.data.exercises[key] ?? EMPTY;
  }

  all(): Readonly<Record<string, ExerciseProgress>> {
    return this.data.exercises;
  }

  /** Records a verification: attempted, or verified (verified stays verified). */
  recordVerify(key: string, passed: boolean, when = new Date()): ExerciseProgress {
    this.reload();
    const p = this.get(key);
    const next: ExerciseProgress = {
      ...p,
      status: passed || p.status === "verified" ? "verified" : "attempted",
      attempts: p.attempts + 1,
      lastVerified: when.toISOString(),
    };
    return this.put(key, next);
  }

  /** Records that one more hint was shown; returns the new count. */
  recordHint(key: string): number {
    this.reload();
    const p = this.get(key);
    return this.put(key, { ...p, hintsUsed: p.hintsUsed + 1, status: p.status === "not-started" ? "attempted" : p.status }).hintsUsed;
  }

  /** Re-reads the file before a change: another part of the extension may have written it since. */
  reload(): void {
    this.data = ProgressStore.read(this.file);
  }

  private put(key: string, p: ExerciseProgress): ExerciseProgress {
    this.data.exercises[key] = p;
    writeAtomic(this.file, `${JSON.stringify(this.data, null, 2)}\n`);
    return p;
  }
}
