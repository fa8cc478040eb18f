// CodeLens on `// eq:label` lines of course files: "∑ Equation (n)" opens the lesson at that equation.
import * as vscode from "vscode";
import type { Course } from "../course";
import { equationComments } from "./equation-links";

export class EquationLens implements vscode.CodeLensProvider {
  constructor(private readonly course: Course) {}

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const at = this.course.exerciseAt(document.uri) ?? this.lessonOfShippedFile(document.uri);
    if (!at) return [];
    const lesson = "lesson" in at ? at.lesson : at;
    return equationComments(document.getText())
      .filter((c) => lesson.equations.includes(c.label))
      .map((c) => new vscode.CodeLens(new vscode.Range(c.line, 0, c.line, 0), {
        title: `∑ ${c.label}`,
        tooltip: `Open lesson ${lesson.id} at equation ${c.label}`,
        command: "mathlab.openLesson",
        arguments: [lesson.id, c.label],
      }));
  }

  /** A file under the extension's own lessons/<folder>/ (solutions, read-only starters). */
  private lessonOfShippedFile(uri: vscode.Uri): ReturnType<Course["lesson"]> {
    const m = /\/lessons\/([^/]+)\/[^/]+\.ts$/.exec(uri.path);
    return m ? this.course.index.lessons.find((l) => l.folder === m[1]) : undefined;
  }
}
