// Messages between the engine and the sandbox child (Node IPC, "advanced" serialization, so
// Float64Array, NaN and Infinity travel as they are).
import type { Value } from "../spec";

export interface SandboxJob {
  readonly type: "job";
  /** The student's file, transpiled to CommonJS. */
  readonly code: string;
  /** The exported function to call. */
  readonly fn: string;
  /** Lab functions switched off for this exercise. */
  readonly withheld: readonly string[];
  /** Arguments of each case. */
  readonly cases: readonly (readonly Value[])[];
  /** Print each result with the lab's printer (▶ Run). */
  readonly print: boolean;
}

export interface ThrownInfo {
  readonly kind: "thrown" | "lab-error" | "withheld" | "exit" | "import" | "missing-export" | "crash";
  readonly message: string;
  /** 1-based line in the transpiled code, when the stack names it. */
  readonly generatedLine: number | null;
}

/** An output that cannot cross the process boundary as data (a function, a symbol...). */
export interface Unsupported { readonly $unsupported: string }

export type ChildMessage =
  | { readonly type: "ready" }
  | { readonly type: "case"; readonly index: number; readonly ok: true; readonly value: Value | Unsupported | undefined; readonly printed: string | null; readonly ms: number }
  | { readonly type: "case"; readonly index: number; readonly ok: false; readonly error: ThrownInfo; readonly ms: number }
  | { readonly type: "log"; readonly text: string }
  /** The module could not be loaded (import outside mathlab, top-level throw, missing export). */
  | { readonly type: "fatal"; readonly error: ThrownInfo }
  | { readonly type: "done" };

/** Name under which the student's module is evaluated (shows in stacks). */
export const STUDENT_FILE = "exercise.student.js";
