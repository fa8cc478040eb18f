// The course around the lessons inside a real extension host: hints unlocking after failed Verify
// attempts, the model solution behind a pass or a confirmation, reset keeping the previous version,
// and the course overview reporting progress.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { HintAnswer, ResetResult, SolutionResult } from "../../../extension/course-ui";
import type { OverviewState } from "../../../protocol/webview";
import type { VerifyReport } from "../../../protocol/verify";
import { activateExtension, courseRoot, extensionId, waitFor } from "./helpers";

const lessonDir = () => path.join(vscode.extensions.getExtension(extensionId)!.extensionPath, "lessons", "1.1-vectors-norms");
const file = () => vscode.Uri.joinPath(courseRoot(), "1.1-vectors-norms", "lpNorm.ts");
const noHint = { notify: false };

async function setText(uri: vscode.Uri, text: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), "the edit applies");
  assert.ok(await doc.save(), "the file saves");
}

/** Replaces window.showWarningMessage (modal confirmations) for the length of `body`. */
async function withWarningAnswer<T>(answer: (message: string, options: unknown) => string | undefined, body: () => Thenable<T>): Promise<{ result: T; asked: string[] }> {
  const asked: string[] = [];
  const win = vscode.window as { showWarningMessage: unknown };
  const original = win.showWarningMessage;
  const stub = (message: string, options: unknown) => { asked.push(message); return Promise.resolve(answer(message, options)); };
  win.showWarningMessage = stub;
  assert.equal(win.showWarningMessage, stub, "the dialog can be answered from the test");
  try {
    return { result: await body(), asked };
  } finally {
    win.showWarningMessage = original;
  }
}

const solutionEditors = () => vscode.workspace.textDocuments.filter((d) => d.uri.scheme === "mathlab-solution");

describe("progress, hints, solutions and reset", () => {
  before(activateExtension);

  it("no hint before the first failed Verify, with a message saying what unlocks it", async () => {
    const a = await vscode.commands.executeCommand<HintAnswer>("mathlab.showHint", "1.1", "lpNorm", noHint);
    assert.equal(a.kind, "locked");
    assert.ok(a.kind === "locked" && a.attemptsNeeded === 1, JSON.stringify(a));
  });

  it("a failed Verify unlocks hint 1 (recorded), and hint 2 needs another failure", async () => {
    const mistake = fs.readFileSync(path.join(lessonDir(), "lpNorm.mistakes", "no-abs.ts"), "utf8");
    await setText(file(), mistake);
    const report = await vscode.commands.executeCommand<VerifyReport>("mathlab.verify", file(), "lpNorm");
    assert.equal(report.passed, false);
    const first = await vscode.commands.executeCommand<HintAnswer>("mathlab.showHint", file(), undefined, noHint);
    assert.equal(first.kind, "hint", JSON.stringify(first));
    assert.ok(first.kind === "hint" && first.number === 1 && first.text.length > 10);
    const second = await vscode.commands.executeCommand<HintAnswer>("mathlab.showHint", "1.1", "lpNorm", noHint);
    assert.ok(second.kind === "locked" && second.attemptsNeeded === 1 && /Hint 2 of \d/.test(second.message), JSON.stringify(second));
    const extras = JSON.parse(fs.readFileSync(path.join(courseRoot().fsPath, ".mathlab", "course-ui.json"), "utf8"));
    assert.equal(extras.exercises["1.1/lpNorm"].hintsShown, 1);
  });

  it("refuses the model solution before a pass unless the student confirms", async () => {
    const before = solutionEditors().length;
    const { result, asked } = await withWarningAnswer(() => undefined,
      () => vscode.commands.executeCommand<SolutionResult>("mathlab.showSolution", "1.1", "lpNorm"));
    assert.deepEqual(result, { shown: false, reason: "declined" });
    assert.equal(asked.length, 1, "a confirmation was asked");
    const refused = await vscode.commands.executeCommand<SolutionResult>("mathlab.showSolution", "1.1", "lpNorm", { confirmed: false });
    assert.equal(refused.shown, false);
    assert.equal(solutionEditors().length, before, "no solution document was opened");
    const { result: confirmed } = await withWarningAnswer((_m) => "Show Solution",
      () => vscode.commands.executeCommand<SolutionResult>("mathlab.showSolution", "1.1", "lpNorm"));
    assert.equal(confirmed.shown, true);
    assert.equal(confirmed.reason, "confirmed");
  });

  it("reset asks first, then keeps the previous version and restores the starter", async () => {
    const mine = (await vscode.workspace.openTextDocument(file())).getText();
    const declined = await vscode.commands.executeCommand<ResetResult>("mathlab.resetExercise", "1.1", "lpNorm", { confirmed: false });
    assert.equal(declined.reset, false);
    assert.equal(fs.readFileSync(file().fsPath, "utf8"), mine, "nothing changed without confirmation");
    const r = await vscode.commands.executeCommand<ResetResult>("mathlab.resetExercise", "1.1", "lpNorm", { confirmed: true });
    assert.equal(r.reset, true);
    assert.ok(r.historyFile && r.historyFile.startsWith(path.join(courseRoot().fsPath, ".mathlab", "history", "1.1-vectors-norms")), r.historyFile);
    assert.equal(fs.readFileSync(r.historyFile, "utf8"), mine, "the previous version is kept");
    assert.equal(fs.readFileSync(file().fsPath, "utf8"), fs.readFileSync(path.join(lessonDir(), "lpNorm.ts"), "utf8"));
  });

  it("after a pass the solution opens read-only beside the file without asking", async () => {
    await setText(file(), fs.readFileSync(path.join(lessonDir(), "lpNorm.solution.ts"), "utf8"));
    const report = await vscode.commands.executeCommand<VerifyReport>("mathlab.verify", file(), "lpNorm");
    assert.equal(report.passed, true, JSON.stringify(report.failures.slice(0, 1)));
    const { result, asked } = await withWarningAnswer(() => undefined,
      () => vscode.commands.executeCommand<SolutionResult>("mathlab.showSolution", file()));
    assert.deepEqual(asked, [], "no confirmation once verified");
    assert.equal(result.shown, true);
    assert.equal(result.reason, "verified");
    const doc = await waitFor("the solution document", () => solutionEditors().find((d) => d.uri.toString() === result.uri));
    assert.match(doc.getText(), /export function lpNorm/);
    assert.ok(doc.getText().endsWith(fs.readFileSync(path.join(lessonDir(), "lpNorm.solution.ts"), "utf8")), "the shipped solution");
    assert.equal(doc.languageId, "typescript");
    // A content-provider document: VS Code shows it read-only, and it has no file to save into.
    assert.equal(doc.uri.scheme, "mathlab-solution");
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === doc), "shown in an editor");
    const all = await vscode.commands.executeCommand<HintAnswer>("mathlab.showHint", "1.1", "lpNorm", noHint);
    assert.ok(all.kind === "hint" && all.number === 2, `every hint is open after a pass: ${JSON.stringify(all)}`);
  });

  it("the course overview opens and reports progress and where to continue", async () => {
    const state = await vscode.commands.executeCommand<OverviewState>("mathlab.courseOverview");
    const lesson = state.parts.flatMap((p) => p.lessons).find((l) => l.id === "1.1");
    assert.ok(lesson, "lesson 1.1 is listed");
    const ex = lesson.exercises.find((e) => e.name === "lpNorm");
    assert.equal(ex?.status, "verified");
    assert.equal(ex?.hintsUsed, 2);
    assert.equal(ex?.attempts, 2);
    assert.ok(lesson.verified >= 1 && state.verified >= 1 && state.total > state.verified);
    assert.equal(state.courseOpen, true);
    assert.equal(state.continueAt?.lessonId, "1.1", "continue in the lesson worked on last");
    assert.notEqual(state.continueAt?.exercise, "lpNorm", "at an exercise not yet verified");
    await waitFor("the overview tab", () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview && t.label === "Course Overview"));
  });

  it("answers bad input with an error instead of throwing", async () => {
    assert.equal(await vscode.commands.executeCommand("mathlab.showHint", "99.9", "nope", noHint), undefined);
    assert.equal(await vscode.commands.executeCommand("mathlab.showSolution", "1.1", "nope", { confirmed: true }), undefined);
    const notAnExercise = vscode.Uri.joinPath(courseRoot(), ".mathlab", "course.json");
    assert.equal(await vscode.commands.executeCommand("mathlab.resetExercise", notAnExercise, undefined, { confirmed: true }), undefined);
  });
});
