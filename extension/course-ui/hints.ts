// Progressive hints: `mathlab.showHint` shows the next hint once enough Verify attempts have failed
// (hint k after k failures, all of them after a pass) and counts it; otherwise it says how many
// failed attempts the next one needs. The hints come from the exercise's spec (dist/specs.js).
import * as path from "node:path";
import * as vscode from "vscode";
import { loadSpecs } from "../../engine/specs";
import type { Course } from "../course";
import type { CourseProgress } from "./course-progress";
import { exerciseOrComplain, type ExerciseTarget } from "./exercise-target";
import { nextHint, type HintAnswer } from "./progress-model";

export interface ShowHintOptions {
  /** false: only return the answer (the lesson page shows it inline). Default: a notification. */
  readonly notify?: boolean;
}

export type HintSource = (lessonId: string, name: string) => readonly string[] | undefined;

/** Hints from the built specs bundle, loaded on the first request (it carries the lab with it). */
export function specHints(extensionPath: string): HintSource {
  return (lessonId, name) => {
    const registry = loadSpecs({ distRoot: path.join(extensionPath, "dist") });
    return registry.specs.get(`${lessonId}/${name}`)?.hints;
  };
}

export async function showHint(deps: { course: Course; progress: CourseProgress; hints: HintSource },
  target: ExerciseTarget, name?: string, options: ShowHintOptions = {}): Promise<HintAnswer | undefined> {
  const at = exerciseOrComplain(deps.course, target, name);
  if (!at) return undefined;
  if (!deps.progress.root()) {
    void vscode.window.showErrorMessage("ML Math Lab: hints unlock as you verify your exercises, which live in your course workspace. Run \"ML Math Lab: Open Course\" first.");
    return undefined;
  }
  let hints: readonly string[] | undefined;
  try {
    hints = deps.hints(at.lesson.id, at.exercise.name);
  } catch (e) {
    void vscode.window.showErrorMessage(`ML Math Lab: the hints could not be loaded (${e instanceof Error ? e.message : String(e)}).`);
    return undefined;
  }
  const answer = nextHint(deps.progress.record(at.lesson.id, at.exercise.name), hints ?? []);
  if (answer.kind === "hint") deps.progress.recordHint(at.lesson.id, at.exercise.name);
  if (options.notify !== false) {
    const title = `${at.exercise.name}()`;
    const text = answer.kind === "hint" ? `Hint ${answer.number}/${answer.total} for ${title}: ${answer.text}` : `${title}: ${answer.message}`;
    void vscode.window.showInformationMessage(text);
  }
  return answer;
}
