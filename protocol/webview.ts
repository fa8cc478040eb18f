// Messages between the extension and its webviews (lesson, plot and demo panels): one discriminated
// union per direction, handled on both sides with an exhaustive switch on `type`.
import type { LessonId } from "./course";

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
  | { readonly type: "openExternal"; readonly href: string };

export type ExtensionToLesson =
  | { readonly type: "scrollToEquation"; readonly label: string }
  | { readonly type: "copied"; readonly latex: string };

/** A figure for the plot renderer: lesson ```plot blocks and the plot data that ▶ Run returns. */
export type PlotSpec =
  | { readonly kind: "line" | "scatter"; readonly title?: string; readonly xLabel?: string; readonly yLabel?: string;
      readonly x?: readonly number[]; readonly series: readonly { readonly name: string; readonly x?: readonly number[]; readonly y: readonly number[] }[] }
  | { readonly kind: "heatmap"; readonly title?: string; readonly xLabel?: string; readonly yLabel?: string;
      /** z[row][col], row 0 at the bottom; x/yRange give the data coordinates of the first and last grid point. */
      readonly z: readonly (readonly number[])[]; readonly xRange?: readonly [number, number]; readonly yRange?: readonly [number, number];
      readonly contours?: number }
  | { readonly kind: "histogram"; readonly title?: string; readonly xLabel?: string; readonly values: readonly number[]; readonly bins?: number };

export type ExtensionToPlot = { readonly type: "plot"; readonly spec: PlotSpec };

/** Which onnxruntime-web execution provider a demo ended up on. */
export type DemoBackend = "webgpu" | "wasm";

export type DemoToExtension =
  | { readonly type: "ready"; readonly backend: DemoBackend }
  | { readonly type: "error"; readonly message: string };
