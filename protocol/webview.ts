// Messages between the extension and its webviews (lesson, plot and demo panels): one discriminated
// union per direction, handled on both sides with an exhaustive switch on `type`.
import type { LessonId } from "./course";
import type { ExerciseStatus } from "./verify";

/** A prerendered lesson as the build writes it (dist/lessons/<id>.json). */
export interface LessonPage {
  readonly id: LessonId;
  readonly title: string;
  readonly minutes: number;
  /** Lesson body: markdown rendered with raw HTML disabled, KaTeX already typeset. */
  readonly html: string;
  /** Stylesheet for the typeset math (KaTeX's inline styles moved into classes). */
  readonly css: string;
  readonly exercises: readonly { readonly name: string; readonly title: string }[];
  readonly equations: readonly { readonly label: string; readonly latex: string; readonly number: number }[];
}

/** The initial state the extension writes (escaped) into the lesson page's `data-state` attribute. */
export interface LessonViewState {
  readonly lessonId: LessonId;
  readonly exercises: readonly { readonly name: string; readonly title: string }[];
  /** Scroll to this equation once painted, e.g. "eq:softmax". */
  readonly equation?: string;
}

/**
 * A font face the lesson page carries inside its HTML (the faces its first screen needs), so that the
 * first paint waits for no font request. The page adds it with the FontFace API from the bytes.
 */
export interface EmbeddedFontFace {
  readonly family: string;
  readonly style: string;
  readonly weight: string;
  /** The woff2 file, base64. */
  readonly data: string;
}

/** The id of the lesson page's JSON block of EmbeddedFontFace[] (written in <head>, read by its boot script). */
export const embeddedFontsId = "first-fonts";

/** What the lesson page keeps with getState/setState (and the panel serializer restores). */
export interface LessonPersistedState {
  readonly lessonId: LessonId;
  /** Steps shown per derivation, by its index in the page. */
  readonly revealed: readonly number[];
  readonly scrollY: number;
}

export type LessonToExtension =
  | { readonly type: "ready" }
  | { readonly type: "openExercise"; readonly lessonId: LessonId; readonly exercise: string }
  | { readonly type: "revealEquationInCode"; readonly lessonId: LessonId; readonly label: string }
  | { readonly type: "openLesson"; readonly lessonId: LessonId; readonly equation?: string }
  | { readonly type: "copyLatex"; readonly latex: string }
  | { readonly type: "openExternal"; readonly href: string }
  | { readonly type: "showHint"; readonly lessonId: LessonId; readonly exercise: string }
  | { readonly type: "showSolution"; readonly lessonId: LessonId; readonly exercise: string };

export type ExtensionToLesson =
  | { readonly type: "scrollToEquation"; readonly label: string }
  | { readonly type: "copied"; readonly latex: string }
  /** The answer to a "Next hint" click: a hint, or why none is shown yet. */
  | { readonly type: "hint"; readonly exercise: string; readonly text: string; readonly locked: boolean };

/** Where the course overview's "Continue" leads. */
export interface ContinueTarget {
  readonly lessonId: LessonId;
  readonly lessonTitle: string;
  readonly exercise: string;
  readonly exerciseTitle: string;
  /** start: nothing done yet; resume: the lesson worked on last; next-lesson: that lesson is done. */
  readonly reason: "start" | "resume" | "next-lesson";
}

export interface OverviewExercise {
  readonly name: string;
  readonly title: string;
  readonly status: ExerciseStatus;
  readonly attempts: number;
  readonly hintsUsed: number;
}

export interface OverviewLesson {
  readonly id: LessonId;
  readonly title: string;
  readonly minutes: number;
  readonly verified: number;
  readonly total: number;
  readonly exercises: readonly OverviewExercise[];
}

/** The course overview page's whole state (initial data-state, and every "progress" update). */
export interface OverviewState {
  /** false: no course workspace is open, so nothing can be verified yet. */
  readonly courseOpen: boolean;
  readonly verified: number;
  readonly total: number;
  /** null when every exercise is verified. */
  readonly continueAt: ContinueTarget | null;
  readonly parts: readonly {
    readonly number: number;
    readonly title: string;
    readonly verified: number;
    readonly total: number;
    readonly lessons: readonly OverviewLesson[];
  }[];
}

export type OverviewToExtension =
  | { readonly type: "ready" }
  | { readonly type: "openLesson"; readonly lessonId: LessonId }
  | { readonly type: "openExercise"; readonly lessonId: LessonId; readonly exercise: string }
  /** Opens the exercise "Continue" points at, with its lesson beside it. */
  | { readonly type: "continue" }
  | { readonly type: "openCourse" };

export type ExtensionToOverview = { readonly type: "progress"; readonly state: OverviewState };

/** A figure for the plot renderer: lesson ```plot blocks and the plot data that ▶ Run returns. */
export type PlotSpec =
  | { readonly kind: "line" | "scatter"; readonly title?: string; readonly xLabel?: string; readonly yLabel?: string;
      readonly x?: readonly number[]; readonly series: readonly { readonly name: string; readonly x?: readonly number[]; readonly y: readonly number[] }[] }
  | { readonly kind: "heatmap"; readonly title?: string; readonly xLabel?: string; readonly yLabel?: string;
      readonly z: readonly (readonly number[])[];
      /**
       * With xRange/yRange, z samples a function on a grid: z[row][col], row 0 at the bottom, the ranges
       * giving the data coordinates of the first and last grid point (contours optional). Without them,
       * z is a matrix: equal cells, row 0 on top, axes labelled by index or by xLabels/yLabels.
       */
      readonly xRange?: readonly [number, number]; readonly yRange?: readonly [number, number];
      readonly contours?: number;
      readonly xLabels?: readonly string[]; readonly yLabels?: readonly string[] }
  | { readonly kind: "histogram"; readonly title?: string; readonly xLabel?: string; readonly values: readonly number[]; readonly bins?: number };

export type ExtensionToPlot = { readonly type: "plot"; readonly spec: PlotSpec };

/** Which onnxruntime-web execution provider a demo ended up on. */
export type DemoBackend = "webgpu" | "wasm";

export type DemoToExtension =
  | { readonly type: "ready"; readonly backend: DemoBackend }
  | { readonly type: "error"; readonly message: string };

/** The ▶ Run results panel: the demo's printed text and its figures. */
export interface RunViewState {
  readonly exercise: string;
  readonly title: string;
  readonly ok: boolean;
  readonly text: string;
  readonly error: string | null;
  readonly ms: number;
  readonly plots: readonly PlotSpec[];
}

export type ExtensionToRunView = { readonly type: "show"; readonly state: RunViewState };
