// Reads the student's progress for the course UI, always fresh from disk: `.mathlab/progress.json`
// (written by verification) merged with `.mathlab/course-ui.json` (hints shown, solutions seen, resets),
// which only this module writes, atomically. Hints are also counted in progress.json's hintsUsed
// (the engine reads it), but a writer holding an older copy of that file can roll the count back,
// so the larger of the two counts wins (see mergeRecord).
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { ProgressStore, progressPath, writeAtomic } from "../../engine/progress";
import type { Course } from "../course";
import { mergeRecord, NO_EXTRAS, type ExerciseExtras, type ExerciseRecord } from "./progress-model";

interface ExtrasFile {
  version: 1;
  exercises: Record<string, ExerciseExtras>;
}

export function extrasPath(courseRoot: string): string {
  return path.join(courseRoot, ".mathlab", "course-ui.json");
}

function readExtras(root: string): ExtrasFile {
  try {
    const parsed = JSON.parse(fs.readFileSync(extrasPath(root), "utf8")) as ExtrasFile;
    if (parsed && parsed.version === 1 && typeof parsed.exercises === "object") return { version: 1, exercises: { ...parsed.exercises } };
  } catch {
    // Missing or unreadable: nothing recorded yet.
  }
  return { version: 1, exercises: {} };
}

export class CourseProgress implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after this module records something (hint shown, solution seen, reset). */
  readonly onDidChange = this.changed.event;
  private readonly watcher: vscode.FileSystemWatcher;

  constructor(private readonly course: Course) {
    // progress.json changes when a Verify finishes (or another window writes it).
    this.watcher = vscode.workspace.createFileSystemWatcher("**/.mathlab/progress.json");
    this.watcher.onDidChange(() => this.changed.fire());
    this.watcher.onDidCreate(() => this.changed.fire());
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }

  /** The open course workspace folder, or undefined. */
  root(): string | undefined {
    return this.course.workspaceRoot()?.fsPath;
  }

  /** A reader for many look-ups at once (the tree, the overview): both files read once. */
  snapshot(): (lessonId: string, name: string) => ExerciseRecord {
    const root = this.root();
    if (!root) return () => mergeRecord(undefined, undefined);
    const progress = ProgressStore.read(progressPath(root)).exercises;
    const extras = readExtras(root).exercises;
    return (lessonId, name) => mergeRecord(progress[`${lessonId}/${name}`], extras[`${lessonId}/${name}`]);
  }

  record(lessonId: string, name: string): ExerciseRecord {
    return this.snapshot()(lessonId, name);
  }

  /** Counts one more hint shown, in both files. Returns the new count. */
  recordHint(lessonId: string, name: string, when = new Date()): number {
    const root = this.requireRoot();
    const key = `${lessonId}/${name}`;
    const before = this.record(lessonId, name).hintsUsed;
    let fromStore = 0;
    try {
      fromStore = new ProgressStore(root).recordHint(key);
    } catch {
      // The extras file below still keeps the count.
    }
    const count = Math.max(before + 1, fromStore);
    this.updateExtras(root, key, (x) => ({ ...x, hintsShown: count, lastTouched: when.toISOString() }));
    return count;
  }

  recordSolutionSeen(lessonId: string, name: string, when = new Date()): void {
    this.updateExtras(this.requireRoot(), `${lessonId}/${name}`, (x) => ({ ...x, solutionSeen: true, lastTouched: when.toISOString() }));
  }

  recordTouched(lessonId: string, name: string, when = new Date()): void {
    this.updateExtras(this.requireRoot(), `${lessonId}/${name}`, (x) => ({ ...x, lastTouched: when.toISOString() }));
  }

  private requireRoot(): string {
    const root = this.root();
    if (!root) throw new Error("no course workspace is open");
    return root;
  }

  private updateExtras(root: string, key: string, change: (x: ExerciseExtras) => ExerciseExtras): void {
    const file = readExtras(root);
    file.exercises[key] = change(file.exercises[key] ?? NO_EXTRAS);
    writeAtomic(extrasPath(root), `${JSON.stringify(file, null, 2)}\n`);
    this.changed.fire();
  }
}
