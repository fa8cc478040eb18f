// The course inside a real extension host: open course, lesson tree commands, CodeLens, lessons.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import { activateExtension, courseRoot, waitFor } from "./helpers";

const exerciseFile = () => vscode.Uri.joinPath(courseRoot(), "6.2-logistic-softmax", "softmax.ts");

describe("course workspace", () => {
  before(activateExtension);

  it("Open Course creates a workspace and never overwrites the student's edits", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "mathlab-course-"));
    await vscode.commands.executeCommand("mathlab.openCourse", { folder, open: false });
    const file = path.join(folder, "6.2-logistic-softmax", "softmax.ts");
    assert.ok(fs.existsSync(file), "the starter was copied");
    assert.ok(fs.existsSync(path.join(folder, ".mathlab", "lab", "index.d.ts")), "the lab's types were copied");
    fs.writeFileSync(file, "// my own attempt\n");
    await vscode.commands.executeCommand("mathlab.openCourse", { folder, open: false });
    assert.equal(fs.readFileSync(file, "utf8"), "// my own attempt\n");
  });

  it("Open Exercise opens the student's file at the function", async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>("mathlab.openExercise", "6.2", "softmax");
    assert.ok(editor, "an editor was returned");
    assert.equal(editor.document.uri.fsPath, exerciseFile().fsPath);
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /export function softmax/);
  });

  it("shows ▶ Run, ✓ Verify and 📖 Lesson above the exercise function", async () => {
    const lenses = await waitFor("code lenses", async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", exerciseFile());
      return l && l.some((x) => x.command?.command === "mathlab.verify") ? l : undefined;
    });
    const titles = lenses.map((l) => l.command?.title ?? "");
    assert.ok(titles.some((t) => t.includes("Run")), titles.join(" | "));
    assert.ok(titles.some((t) => t.includes("Verify")), titles.join(" | "));
    assert.ok(titles.some((t) => t.includes("Lesson")), titles.join(" | "));
  });

  it("opens a lesson in a webview panel", async () => {
    await vscode.commands.executeCommand("mathlab.openLesson", "6.2");
    await waitFor("the lesson tab", () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview && t.label.includes("6.2")));
  });

  it("links an equation to the line of code that implements it, both ways", async () => {
    const shown = await vscode.commands.executeCommand<boolean>("mathlab.revealEquationInCode", "6.2", "eq:softmax");
    assert.equal(shown, true, "the equation's line was found");
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, "an editor is active");
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /\/\/ eq:softmax\b/);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", editor.document.uri);
    const back = lenses.find((l) => l.command?.command === "mathlab.openLesson" && l.command.arguments?.[1] === "eq:softmax");
    assert.ok(back, "a CodeLens on the line opens the lesson at the equation");
    assert.equal(back.range.start.line, editor.selection.active.line);
  });

  it("refuses an unknown lesson with a clear message instead of throwing", async () => {
    await vscode.commands.executeCommand("mathlab.openLesson", "99.9");
  });
});
