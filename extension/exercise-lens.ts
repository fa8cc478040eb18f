// CodeLens above each exercise function of a course file: ▶ Run | ✓ Verify | 📖 Lesson,
// with the last verification status in the Verify lens.
import * as vscode from "vscode";
import type { Course } from "./course";

export type LastResult = { passed: boolean; summary: string } | undefined;

export interface ResultSource {
  lastResult(uri: vscode.Uri, exerciseName: string): LastResult;
  readonly onDidChange: vscode.Event<void>;
}

export class ExerciseLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly course: Course, private readonly results: ResultSource) {
    this.subscription = results.onDidChange(() => this.changed.fire());
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const at = this.course.exerciseAt(document.uri);
    if (!at) return [];
    const name = at.exercise.name;
    const line = findFunctionLine(document.getText(), name);
    if (line < 0) return [];
    const range = new vscode.Range(line, 0, line, 0);
    const last = this.results.lastResult(document.uri, name);
    const verifyTitle = last ? (last.passed ? "✓ Verified" : `✗ Verify (${last.summary})`) : "✓ Verify";
    return [
      new vscode.CodeLens(range, { title: "▶ Run", command: "mathlab.run", arguments: [document.uri, name], tooltip: "Run the exercise's demo with your function" }),
      new vscode.CodeLens(range, { title: verifyTitle, command: "mathlab.verify", arguments: [document.uri, name], tooltip: "Check your function against the reference on random and edge-case inputs" }),
      new vscode.CodeLens(range, { title: "$(book) Lesson", command: "mathlab.openLesson", arguments: [at.lesson.id], tooltip: `Open lesson ${at.lesson.id}` }),
    ];
  }
}

/** Zero-based line of `export function name(` (or `export const name =`), or -1. */
export function findFunctionLine(text: string, name: string): number {
  const pattern = new RegExp(`^\\s*export\\s+(?:async\\s+)?(?:function\\s*\\*?\\s*${name}\\b|(?:const|let)\\s+${name}\\b)`);
  const lines = text.split(/\r?\n/);
  return lines.findIndex((l) => pattern.test(l));
}
