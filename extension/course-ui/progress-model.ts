// The course's progress as the student sees it: which hint is unlocked, how far each lesson is,
// where "Continue" leads. Pure functions over the course index and the progress records (no `vscode`),
// so they are unit-tested in plain Node.
import type { CourseIndex, LessonInfo } from "../../protocol/course";
import type { ExerciseProgress, ExerciseStatus } from "../../protocol/verify";
import type { ContinueTarget, OverviewState } from "../../protocol/webview";

/** What the course UI keeps beside progress.json (`.mathlab/course-ui.json`): hints shown, solutions seen. */
export interface ExerciseExtras {
  readonly hintsShown: number;
  /** ISO time of the last hint shown, solution opened or reset: "worked on" for Continue. */
  readonly lastTouched: string | null;
  readonly solutionSeen: boolean;
}

export const NO_EXTRAS: ExerciseExtras = { hintsShown: 0, lastTouched: null, solutionSeen: false };
export const NO_PROGRESS: ExerciseProgress = { status: "not-started", attempts: 0, hintsUsed: 0, lastVerified: null };

/** Everything known about one exercise, merged from the progress store and the extras. */
export interface ExerciseRecord {
  readonly status: ExerciseStatus;
  readonly attempts: number;
  readonly hintsUsed: number;
  readonly lastWorked: string | null;
  readonly solutionSeen: boolean;
}

export function mergeRecord(p: ExerciseProgress | undefined, x: ExerciseExtras | undefined): ExerciseRecord {
  const progress = p ?? NO_PROGRESS;
  const extras = x ?? NO_EXTRAS;
  return {
    status: progress.status,
    attempts: progress.attempts,
    // The larger count wins: either file may be behind the other after a crash or a stale writer.
    hintsUsed: Math.max(progress.hintsUsed, extras.hintsShown),
    lastWorked: latest(progress.lastVerified, extras.lastTouched),
    solutionSeen: extras.solutionSeen,
  };
}

function latest(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/** Failed Verify attempts: every attempt before the first pass (after a pass they no longer matter). */
export function failedAttempts(r: Pick<ExerciseRecord, "status" | "attempts">): number {
  return r.status === "verified" ? Math.max(0, r.attempts - 1) : r.attempts;
}

/** How many hints the student may see: hint k unlocks after k failed attempts; all of them once verified. */
export function unlockedHints(r: Pick<ExerciseRecord, "status" | "attempts">, total: number): number {
  if (r.status === "verified") return total;
  return Math.min(total, failedAttempts(r));
}

export type HintAnswer =
  /** Hint `number` (1-based) of `total`. */
  | { readonly kind: "hint"; readonly number: number; readonly total: number; readonly text: string }
  /** The next hint needs more failed attempts. */
  | { readonly kind: "locked"; readonly shown: number; readonly total: number; readonly attemptsNeeded: number; readonly message: string }
  /** Every hint has been shown (or the exercise has none). */
  | { readonly kind: "none"; readonly total: number; readonly message: string };

/**
 * The answer to "next hint": the next unseen hint if it is unlocked, else how many failed attempts it
 * still needs. `again` re-shows the last hint already seen when no new one is available.
 */
export function nextHint(r: Pick<ExerciseRecord, "status" | "attempts" | "hintsUsed">, hints: readonly string[]): HintAnswer {
  const total = hints.length;
  if (total === 0) return { kind: "none", total, message: "This exercise has no hints." };
  const shown = Math.min(r.hintsUsed, total);
  if (shown >= total) {
    return { kind: "none", total, message: `You have seen all ${total} hints. The last one: ${hints[total - 1]!}` };
  }
  const unlocked = unlockedHints(r, total);
  if (shown < unlocked) return { kind: "hint", number: shown + 1, total, text: hints[shown]! };
  const attemptsNeeded = shown + 1 - failedAttempts(r);
  const which = `Hint ${shown + 1} of ${total}`;
  const when = attemptsNeeded === 1 ? "one more failed Verify" : `${attemptsNeeded} more failed Verify attempts`;
  const message = shown === 0 && r.attempts === 0
    ? `${which} unlocks after your first Verify that fails. Try it first: ✓ Verify above your function.`
    : `${which} unlocks after ${when}.`;
  return { kind: "locked", shown, total, attemptsNeeded, message };
}

/** May the model solution be shown without asking? Only once the exercise is verified. */
export function solutionEarned(r: Pick<ExerciseRecord, "status">): boolean {
  return r.status === "verified";
}

/** Looks up the merged record of `lesson/name`. */
export type RecordOf = (lessonId: string, name: string) => ExerciseRecord;

/**
 * Where "Continue" leads: the first unverified exercise of the lesson worked on most recently; if that
 * lesson is done, the first unverified exercise after it in course order (then from the start); with no
 * progress at all, the first exercise of the course. null when every exercise is verified.
 */
export function continueTarget(index: CourseIndex, recordOf: RecordOf): ContinueTarget | null {
  const lessons = courseOrder(index).filter((l) => l.exercises.length > 0);
  if (lessons.length === 0) return null;
  let recent = -1;
  let recentTime = -Infinity;
  lessons.forEach((l, i) => {
    for (const e of l.exercises) {
      const t = Date.parse(recordOf(l.id, e.name).lastWorked ?? "");
      if (Number.isFinite(t) && t > recentTime) { recentTime = t; recent = i; }
    }
  });
  const start = Math.max(0, recent);
  for (let k = 0; k < lessons.length; k++) {
    const lesson = lessons[(start + k) % lessons.length]!;
    const exercise = lesson.exercises.find((e) => recordOf(lesson.id, e.name).status !== "verified");
    if (exercise) {
      const reason = recent < 0 ? "start" : k === 0 ? "resume" : "next-lesson";
      return { lessonId: lesson.id, lessonTitle: lesson.title, exercise: exercise.name, exerciseTitle: exercise.title, reason };
    }
  }
  return null;
}

/** Lessons in the order of the parts (lessons no part lists come last, in index order). */
export function courseOrder(index: CourseIndex): LessonInfo[] {
  const byId = new Map(index.lessons.map((l) => [l.id, l]));
  const ordered: LessonInfo[] = [];
  for (const part of index.parts) {
    for (const id of part.lessons) {
      const l = byId.get(id);
      if (l && !ordered.includes(l)) ordered.push(l);
    }
  }
  for (const l of index.lessons) if (!ordered.includes(l)) ordered.push(l);
  return ordered;
}

/** The course overview's whole state: parts → lessons → exercises with their progress. */
export function overviewState(index: CourseIndex, recordOf: RecordOf, courseOpen: boolean): OverviewState {
  const byId = new Map(index.lessons.map((l) => [l.id, l]));
  let verified = 0;
  let total = 0;
  const parts = index.parts.filter((p) => p.lessons.length > 0).map((part) => {
    const lessons = part.lessons.flatMap((id) => {
      const l = byId.get(id);
      if (!l) return [];
      const exercises = l.exercises.map((e) => {
        const r = recordOf(l.id, e.name);
        return { name: e.name, title: e.title, status: r.status, attempts: r.attempts, hintsUsed: r.hintsUsed };
      });
      const done = exercises.filter((e) => e.status === "verified").length;
      verified += done;
      total += exercises.length;
      return [{ id: l.id, title: l.title, minutes: l.minutes, verified: done, total: exercises.length, exercises }];
    });
    return {
      number: part.number, title: part.title, lessons,
      verified: lessons.reduce((s, l) => s + l.verified, 0), total: lessons.reduce((s, l) => s + l.total, 0),
    };
  });
  return { courseOpen, verified, total, continueAt: continueTarget(index, recordOf), parts };
}

/** `.mathlab/history/<lesson folder>/<name>.<timestamp>.ts`: where a reset keeps the previous version. */
export function historyPath(lessonFolder: string, name: string, when: Date): string {
  const stamp = when.toISOString().replace(/[:.]/g, "-");
  return `.mathlab/history/${lessonFolder}/${name}.${stamp}.ts`;
}
