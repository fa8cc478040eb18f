// The Testing UI inside a real extension host: ✓ Verify fills the TestController (lesson →
// exercise → case groups) and reports a failure as a diff (expected/actual) located at the student's
// function; a continuous run re-verifies the exercise whenever its file is saved. The extension
// publishes its controller, Run profile and reported outcomes for these tests (extension/testing/probe.ts).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { VerificationProbe } from "../../../extension/testing/probe";
import type { Verification } from "../../../extension/testing";
import type { VerifyReport } from "../../../protocol/verify";
import { activateExtension, courseRoot, extensionId, waitFor } from "./helpers";

const lessonDir = () => path.join(vscode.extensions.getExtension(extensionId)!.extensionPath, "lessons", "6.2-logistic-softmax");
const file = () => vscode.Uri.joinPath(courseRoot(), "6.2-logistic-softmax", "softmax.ts");
const mistake = () => fs.readFileSync(path.join(lessonDir(), "softmax.mistakes", "wrong-axis.ts"), "utf8");
const solution = () => fs.readFileSync(path.join(lessonDir(), "softmax.solution.ts"), "utf8");

/** Replaces the document's text and saves it, as a student typing would. */
async function setText(uri: vscode.Uri, text: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), "the edit applies");
  assert.ok(await doc.save(), "the file saves");
}

const probe = () => waitFor("the Testing hook", () =>
  (globalThis as Record<symbol, unknown>)[Symbol.for("mathlab.testing")] as VerificationProbe<Verification> | undefined);

describe("testing UI", () => {
  before(activateExtension);

  it("Verify reports a wrong implementation into lesson → exercise → case groups, with a diff at the function", async () => {
    const p = await probe();
    await setText(file(), mistake());
    const seen = p.outcomes.length;
    const report = await vscode.commands.executeCommand<VerifyReport>("mathlab.verify", file(), "softmax");
    assert.equal(report.passed, false);
    assert.equal(report.error, null, report.error?.message);
    assert.ok(report.functionLine, "the report names the function's line");

    const lesson = p.controller.items.get("6.2");
    assert.ok(lesson, "a lesson item 6.2");
    const exercise = lesson.children.get("6.2/softmax");
    assert.ok(exercise, "an exercise item under the lesson");
    assert.equal(exercise.uri?.toString(), file().toString());
    const groups: string[] = [];
    exercise.children.forEach((g) => groups.push(g.id));
    assert.ok(groups.includes("6.2/softmax#random"), `case groups: ${groups.join(", ")}`);

    const mine = p.outcomes.slice(seen);
    const failed = mine.find((o) => o.id === "6.2/softmax" && o.state === "failed");
    assert.ok(failed, `the exercise failed: ${JSON.stringify(mine.map((o) => `${o.id} ${o.state}`))}`);
    const diff = failed.messages.find((m) => m.expectedOutput !== undefined && m.actualOutput !== undefined);
    assert.ok(diff, "a TestMessage with expected and actual output");
    assert.notEqual(diff.expectedOutput, diff.actualOutput);
    assert.equal(diff.location?.uri.toString(), file().toString());
    assert.equal(diff.location?.range.start.line, report.functionLine - 1, "located at the student's function");
    assert.ok(failed.messages.some((m) => typeof m.message === "string" && m.message.startsWith("Diagnosis:")), "the diagnosis is shown");
    const group = mine.find((o) => o.id === "6.2/softmax#random" && o.state === "failed");
    assert.ok(group && group.messages.length > 0, "the random-cases group failed with messages");
  });

  it("a continuous run re-verifies the exercise on save", async () => {
    const p = await probe();
    await setText(file(), mistake());
    const cts = new vscode.CancellationTokenSource();
    const request = new vscode.TestRunRequest(undefined, undefined, p.runProfile, true);
    const running = Promise.resolve(p.runProfile.runHandler(request, cts.token));
    let changes = 0;
    const sub = p.verification.onDidChange(() => { changes++; });
    try {
      const seen = p.outcomes.length;
      await setText(file(), solution());
      await waitFor("a verification after the save", () =>
        changes > 0 && p.verification.lastResult(file(), "softmax")?.passed === true, 30_000);
      const onSave = p.outcomes.slice(seen).filter((o) => o.run === "Verify on save");
      assert.ok(onSave.some((o) => o.id === "6.2/softmax" && o.state === "passed"), JSON.stringify(onSave.map((o) => `${o.id} ${o.state}`)));

      const again = p.outcomes.length;
      await setText(file(), mistake());
      await waitFor("a second verification after the next save", () =>
        p.verification.lastResult(file(), "softmax")?.passed === false &&
        p.outcomes.slice(again).some((o) => o.run === "Verify on save" && o.id === "6.2/softmax" && o.state === "failed"), 30_000);
    } finally {
      sub.dispose();
      cts.cancel();
      await running;
    }
  });
});
