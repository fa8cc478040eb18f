// Reset an exercise to its starter, after a modal confirmation. The student's version (with any
// unsaved edits) is kept first under `.mathlab/history/<lesson folder>/<name>.<timestamp>.ts`.
// Progress is left alone: a verified exercise stays verified.
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { Course } from "../course";
import type { CourseProgress } from "./course-progress";
import { exerciseOrComplain, type ExerciseTarget } from "./exercise-target";
import { historyPath } from "./progress-model";

export interface ResetOptions {
  /** The answer to "reset?" when the caller already has it (tests); left out: a modal dialog asks. */
  readonly confirmed?: boolean;
}

export interface ResetResult {
  readonly reset: boolean;
  /** Absolute path of the kept previous version (absent when there was no file to keep). */
  readonly historyFile?: string;
}

export async function resetExercise(deps: { course: Course; progress: CourseProgress; lessonsDir: string },
  target: ExerciseTarget, name?: string, options: ResetOptions = {}): Promise<ResetResult | undefined> {
  const at = exerciseOrComplain(deps.course, target, name);
  if (!at) return undefined;
  const root = deps.course.workspaceRoot();
  const uri = deps.course.fileOf(at.exercise);
  if (!root || !uri) {
    void vscode.window.showErrorMessage("ML Math Lab: no course workspace is open, so there is no exercise file to reset. Run \"ML Math Lab: Open Course\" first.");
    return undefined;
  }
  const starterFile = path.join(deps.lessonsDir, ...at.exercise.file.split("/"));
  let starter: string;
  try {
    starter = fs.readFileSync(starterFile, "utf8");
  } catch {
    void vscode.window.showErrorMessage(`ML Math Lab: the starter of ${at.exercise.name}() is missing from the extension (${starterFile}).`);
    return undefined;
  }
  const confirmed = options.confirmed ?? await askToReset(at.exercise.name);
  if (!confirmed) return { reset: false };

  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const current = open ? open.getText() : fs.existsSync(uri.fsPath) ? fs.readFileSync(uri.fsPath, "utf8") : undefined;
  let historyFile: string | undefined;
  if (current !== undefined) {
    historyFile = path.join(root.fsPath, ...historyPath(path.dirname(at.exercise.file), at.exercise.name, new Date()).split("/"));
    fs.mkdirSync(path.dirname(historyFile), { recursive: true });
    fs.writeFileSync(historyFile, current, { flag: "wx" });
  }
  if (open) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(0, 0, open.lineCount, 0), starter);
    if (!(await vscode.workspace.applyEdit(edit)) || !(await open.save())) {
      void vscode.window.showErrorMessage(`ML Math Lab: ${at.exercise.name}() could not be reset; your version is kept in ${historyFile ?? "the editor"}.`);
      return { reset: false, ...(historyFile ? { historyFile } : {}) };
    }
  } else {
    fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
    fs.writeFileSync(uri.fsPath, starter);
  }
  deps.progress.recordTouched(at.lesson.id, at.exercise.name);
  if (historyFile) {
    const rel = path.relative(root.fsPath, historyFile).split(path.sep).join("/");
    void vscode.window.showInformationMessage(`${at.exercise.name}() is back to its starter. Your previous version is in ${rel}.`);
  }
  return { reset: true, ...(historyFile ? { historyFile } : {}) };
}

async function askToReset(name: string): Promise<boolean> {
  const reset = "Reset";
  const choice = await vscode.window.showWarningMessage(`Reset ${name}() to its starter code?`,
    { modal: true, detail: "Your current version is kept under .mathlab/history/ in the course workspace." }, reset);
  return choice === reset;
}
