// What the verification engine reports: read by the extension (Testing UI, CodeLens, Run output),
// the CLI (--json) and the webviews (plots). Plain JSON-safe types only.
import type { PlotSpec } from "./webview";

/** "6.2/softmax" — see exerciseKey in ./course. */
export type ExerciseKey = string;

export interface VerifyReport {
  readonly exercise: ExerciseKey;
  /** Absolute path of the verified file. */
  readonly file: string;
  readonly passed: boolean;
  /** Number of cases run (random + edge). */
  readonly cases: number;
  /** Every case's outcome, in order (random cases first, then edge cases). */
  readonly results: readonly CaseResult[];
  readonly failures: readonly CaseFailure[];
  /** A near-miss diagnosis that matched the failures, if any. */
  readonly diagnosis: Diagnosis | null;
  /** A problem that stopped every case (syntax error, missing export, timeout...). */
  readonly error: RunError | null;
  /** The next hint to show, when the student asked for hints (else null). */
  readonly hint: string | null;
  /** Wall-clock milliseconds of the whole verification. */
  readonly ms: number;
  /** Console output of the student's code, truncated. */
  readonly logs: readonly string[];
  /** 1-based line of the student's exported function in their file, when found. */
  readonly functionLine: number | null;
}

export interface CaseResult {
  /** "random #3" or the edge case's name ("huge logits"). */
  readonly case: string;
  /** "random" or "edge": the Testing UI's case groups. */
  readonly group: "random" | "edge";
  readonly passed: boolean;
  /** Seed that regenerates this case's inputs exactly. */
  readonly seed: number;
}

export interface CaseFailure {
  readonly case: string;
  readonly group: "random" | "edge";
  readonly message: string;
  /** Printed (NumPy-like) expected and actual outputs, truncated for display. */
  readonly expected: string | null;
  readonly actual: string | null;
  readonly maxAbsError: number | null;
  readonly maxRelError: number | null;
  /** Index (per axis) of the first element outside the tolerance. */
  readonly firstIndex: readonly number[] | null;
  /** Printed inputs of this case, for "what did it get?". */
  readonly inputs: string | null;
}

export interface Diagnosis {
  /** Stable id, as named on the first line of mistake files: "wrong-axis", "overflow"... */
  readonly id: string;
  readonly message: string;
}

export type RunErrorKind =
  | "syntax"
  | "import"
  | "missing-export"
  | "timeout"
  | "memory"
  | "exit"
  | "crash"
  | "thrown"
  | "lab-error"
  | "withheld"
  | "bad-output"
  | "unknown-exercise";

export interface RunError {
  readonly kind: RunErrorKind;
  readonly message: string;
  /** 1-based line in the student's file, when known. */
  readonly line: number | null;
}

/** ▶ Run: the exercise's demo through the student's function. */
export interface RunReport {
  readonly exercise: ExerciseKey;
  readonly file: string;
  readonly ok: boolean;
  readonly title: string | null;
  /** Printed inputs, console output and the printed result, in order. */
  readonly text: string;
  readonly plots: readonly PlotData[];
  readonly error: RunError | null;
  readonly ms: number;
}

/** Figure JSON: the same type as lessons' ```plot blocks, drawn by one renderer (webviews/plot). */
export type PlotData = PlotSpec;

/** Per-exercise progress, as stored in `<course>/.mathlab/progress.json`. */
export type ExerciseStatus = "not-started" | "attempted" | "verified";

export interface ExerciseProgress {
  readonly status: ExerciseStatus;
  readonly attempts: number;
  readonly hintsUsed: number;
  /** ISO time of the last verification. */
  readonly lastVerified: string | null;
}

export interface ProgressFile {
  readonly version: 1;
  readonly exercises: Readonly<Record<ExerciseKey, ExerciseProgress>>;
}
