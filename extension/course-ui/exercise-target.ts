// Which exercise a course command is about: from a lesson id and exercise name (tree, lesson page,
// tests), from a file URI (CodeLens, editor menus), or from the active editor. Errors say what to do.
import * as vscode from "vscode";
import type { Course, ExerciseLocation } from "../course";

/** A lesson id, a file, or a Lessons-view exercise node (what its context menu passes). */
export type ExerciseTarget = vscode.Uri | string | TreeExerciseNode | undefined;

export interface TreeExerciseNode {
  readonly kind: "exercise";
  readonly lesson: { readonly id: string };
  readonly exercise: { readonly name: string };
}

function isTreeNode(value: unknown): value is TreeExerciseNode {
  const v = value as Partial<TreeExerciseNode> | null;
  return typeof v === "object" && v !== null && v.kind === "exercise" && typeof v.lesson?.id === "string" && typeof v.exercise?.name === "string";
}

export type Resolved = { readonly ok: true; readonly at: ExerciseLocation } | { readonly ok: false; readonly message: string };

/** Resolves without any UI; a lesson with several exercises and no name is an error here. */
export function resolveExercise(course: Course, target: ExerciseTarget, name?: string): Resolved {
  if (isTreeNode(target)) return resolveExercise(course, target.lesson.id, target.exercise.name);
  if (name !== undefined && typeof name !== "string") name = undefined;
  if (target !== undefined && typeof target !== "string" && !(target instanceof vscode.Uri)) {
    return { ok: false, message: "expected a lesson id and exercise name, or an exercise file." };
  }
  if (typeof target === "string") {
    const lesson = course.lesson(target);
    if (!lesson) return { ok: false, message: `there is no lesson ${target} in this course.` };
    if (lesson.exercises.length === 0) return { ok: false, message: `lesson ${lesson.id} has no exercises.` };
    const exercise = name ? lesson.exercises.find((e) => e.name === name) : lesson.exercises.length === 1 ? lesson.exercises[0] : undefined;
    if (!exercise) {
      const names = lesson.exercises.map((e) => e.name).join(", ");
      return { ok: false, message: name ? `lesson ${lesson.id} has no exercise "${name}" (it has ${names}).` : `which exercise of lesson ${lesson.id}? (${names})` };
    }
    return { ok: true, at: { lesson, exercise } };
  }
  const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
  if (!uri) return { ok: false, message: "open an exercise file of your course workspace first (or pick an exercise in the Lessons view)." };
  if (!course.workspaceRoot()) return { ok: false, message: "no course workspace is open. Run \"ML Math Lab: Open Course\" first." };
  const at = course.exerciseAt(uri);
  if (!at) return { ok: false, message: `${vscode.workspace.asRelativePath(uri)} is not an exercise file of your course workspace.` };
  if (name && name !== at.exercise.name) {
    const other = at.lesson.exercises.find((e) => e.name === name);
    if (!other) return { ok: false, message: `lesson ${at.lesson.id} has no exercise "${name}".` };
    return { ok: true, at: { lesson: at.lesson, exercise: other } };
  }
  return { ok: true, at };
}

/** Shows the error of a failed resolution; returns the location or undefined. */
export function exerciseOrComplain(course: Course, target: ExerciseTarget, name?: string): ExerciseLocation | undefined {
  const r = resolveExercise(course, target, name);
  if (r.ok) return r.at;
  void vscode.window.showErrorMessage(`ML Math Lab: ${r.message}`);
  return undefined;
}
