// The course around the lessons: progress, hints, model solutions, reset and the course overview.
//
//   const ui = registerCourseUi(context, { course, extensionPath, progressChanged: [verification.onDidChange] });
//   ui.commands  // "mathlab.showHint", "mathlab.showSolution", "mathlab.resetExercise", "mathlab.courseOverview"
//   ui.progress  // fresh reads of the student's progress (the tree's hints and "next" marks)
import * as path from "node:path";
import * as vscode from "vscode";
import type { Course } from "../course";
import { CourseProgress } from "./course-progress";
import type { ExerciseTarget } from "./exercise-target";
import { showHint, specHints, type ShowHintOptions } from "./hints";
import { OverviewPanel, overviewViewType } from "./overview-panel";
import { resetExercise, type ResetOptions } from "./reset";
import { showSolution, SolutionProvider, solutionScheme, type ShowSolutionOptions } from "./solution";

export { CourseProgress } from "./course-progress";
export type { HintAnswer } from "./progress-model";
export type { SolutionResult, ShowSolutionOptions } from "./solution";
export type { ResetResult, ResetOptions } from "./reset";

export interface CourseUiDeps {
  readonly course: Course;
  readonly extensionPath: string;
  /** Events after which progress may have changed (every Verify). */
  readonly progressChanged: readonly vscode.Event<void>[];
}

export interface CourseUi {
  readonly progress: CourseProgress;
  /** Command handlers for the extension's one command table. */
  readonly commands: Record<string, (...args: any[]) => unknown>;
}

export function registerCourseUi(context: vscode.ExtensionContext, deps: CourseUiDeps): CourseUi {
  const lessonsDir = path.join(deps.extensionPath, "lessons");
  const distUri = vscode.Uri.file(path.join(deps.extensionPath, "dist"));
  const progress = new CourseProgress(deps.course);
  const overview = new OverviewPanel(deps.course, progress, distUri, [progress.onDidChange, ...deps.progressChanged]);
  const hints = specHints(deps.extensionPath);
  const base = { course: deps.course, progress, lessonsDir };
  context.subscriptions.push(
    progress, overview,
    vscode.workspace.registerTextDocumentContentProvider(solutionScheme, new SolutionProvider(lessonsDir)),
    vscode.window.registerWebviewPanelSerializer(overviewViewType, {
      deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
        overview.attach(panel);
        return Promise.resolve();
      },
    }),
  );
  return {
    progress,
    commands: {
      "mathlab.showHint": (target?: ExerciseTarget, name?: string, options?: ShowHintOptions) =>
        showHint({ ...base, hints }, target, name, options),
      "mathlab.showSolution": (target?: ExerciseTarget, name?: string, options?: ShowSolutionOptions) =>
        showSolution(base, target, name, options),
      "mathlab.resetExercise": (target?: ExerciseTarget, name?: string, options?: ResetOptions) =>
        resetExercise(base, target, name, options),
      "mathlab.courseOverview": () => overview.open(),
    },
  };
}
