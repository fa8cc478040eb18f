// Clicking an equation's "Show in code": open the exercise line that carries `// eq:label`.
import * as vscode from "vscode";
import type { Course } from "../course";
import { lineOfEquation } from "./equation-links";

export async function revealEquationInCode(course: Course, lessonId: string, label: string): Promise<boolean> {
  const lesson = course.lesson(lessonId);
  if (!lesson) {
    void vscode.window.showErrorMessage(`ML Math Lab: there is no lesson ${lessonId}.`);
    return false;
  }
  const candidates: vscode.Uri[] = [];
  for (const exercise of lesson.exercises) {
    const inWorkspace = course.fileOf(exercise);
    if (inWorkspace) candidates.push(inWorkspace);
  }
  // Without a course workspace, the starter shipped with the extension still shows the line.
  if (!candidates.length) {
    for (const exercise of lesson.exercises) candidates.push(vscode.Uri.file(`${course.distDir}/../lessons/${exercise.file}`));
  }
  for (const uri of candidates) {
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      continue;
    }
    const line = lineOfEquation(text, label);
    if (line === undefined) continue;
    const doc = await vscode.workspace.openTextDocument(uri);
    const range = doc.lineAt(line).range;
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: range, preserveFocus: false });
    return true;
  }
  void vscode.window.showInformationMessage(`ML Math Lab: no exercise line of lesson ${lessonId} is marked // ${label}.`);
  return false;
}
