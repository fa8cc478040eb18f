// The model solution, shown read-only beside the student's file as a virtual document
// (`mathlab-solution:/<lesson folder>/<name>.solution.ts`), only once the exercise is verified or
// after the student confirms in a modal dialog that they want to see it now.
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { Course } from "../course";
import type { CourseProgress } from "./course-progress";
import { exerciseOrComplain, type ExerciseTarget } from "./exercise-target";
import { solutionEarned } from "./progress-model";

export const solutionScheme = "mathlab-solution";

export interface ShowSolutionOptions {
  /**
   * The student's answer to "show the solution before passing?" when the caller already has it: the
   * lesson page asks in its own modal; tests answer without a dialog. Left out: a modal dialog asks.
   * Never needed once the exercise is verified.
   */
  readonly confirmed?: boolean;
}

export interface SolutionResult {
  readonly shown: boolean;
  /** The virtual document's URI, when shown. */
  readonly uri?: string;
  /** "verified": earned by a pass; "confirmed": asked for; "declined": not confirmed. */
  readonly reason: "verified" | "confirmed" | "declined";
}

/** Serves the shipped reference solutions under lessons/ of the extension. */
export class SolutionProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly lessonsDir: string) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const rel = uri.path.replace(/^\/+/, "");
    if (!/^[\w.-]+\/[\w$]+\.solution\.ts$/.test(rel)) throw new Error(`not a solution file: ${rel}`);
    const header = "// Model solution (read-only). Compare it with yours; your own file is unchanged.\n";
    return header + fs.readFileSync(path.join(this.lessonsDir, ...rel.split("/")), "utf8");
  }
}

export function solutionUri(exerciseFile: string): vscode.Uri {
  return vscode.Uri.from({ scheme: solutionScheme, path: `/${exerciseFile.replace(/\.ts$/, ".solution.ts")}` });
}

export async function showSolution(deps: { course: Course; progress: CourseProgress; lessonsDir: string },
  target: ExerciseTarget, name?: string, options: ShowSolutionOptions = {}): Promise<SolutionResult | undefined> {
  const at = exerciseOrComplain(deps.course, target, name);
  if (!at) return undefined;
  const solutionFile = path.join(deps.lessonsDir, ...at.exercise.file.replace(/\.ts$/, ".solution.ts").split("/"));
  if (!fs.existsSync(solutionFile)) {
    void vscode.window.showErrorMessage(`ML Math Lab: no model solution ships for ${at.exercise.name}() in lesson ${at.lesson.id}.`);
    return undefined;
  }
  const earned = solutionEarned(deps.progress.record(at.lesson.id, at.exercise.name));
  let reason: SolutionResult["reason"] = "verified";
  if (!earned) {
    const confirmed = options.confirmed ?? await askToReveal(at.exercise.name);
    if (!confirmed) return { shown: false, reason: "declined" };
    reason = "confirmed";
  }
  if (deps.progress.root()) deps.progress.recordSolutionSeen(at.lesson.id, at.exercise.name);
  const uri = solutionUri(at.exercise.file);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.languages.setTextDocumentLanguage(doc, "typescript");
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  return { shown: true, uri: uri.toString(), reason };
}

async function askToReveal(name: string): Promise<boolean> {
  const show = "Show Solution";
  const choice = await vscode.window.showWarningMessage(
    `You have not verified ${name}() yet. Show the model solution anyway?`,
    { modal: true, detail: "Working it out yourself is how it sticks: the hints unlock one by one after failed Verify attempts." },
    show);
  return choice === show;
}
