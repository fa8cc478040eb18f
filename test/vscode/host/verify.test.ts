// Verify through the command, as the CodeLens calls it: a wrong implementation fails with a
// message, the reference solution passes, and the report reaches the CodeLens.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { RunReport, VerifyReport } from "../../../protocol/verify";
import { activateExtension, courseRoot, waitFor } from "./helpers";

const lessonsDir = () => path.join(vscode.extensions.getExtension("mathlab.ml-math-lab")!.extensionPath, "lessons", "6.2-logistic-softmax");

/** Replaces the document's text and saves it, as a student typing would. */
async function setText(uri: vscode.Uri, text: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), "the edit applies");
  assert.ok(await doc.save(), "the file saves");
}

describe("verify", () => {
  before(activateExtension);
  const file = () => vscode.Uri.joinPath(courseRoot(), "6.2-logistic-softmax", "softmax.ts");

  it("rejects a wrong implementation with a failure message", async () => {
    const mistakes = path.join(lessonsDir(), "softmax.mistakes");
    const wrong = fs.readdirSync(mistakes).filter((f) => f.endsWith(".ts")).sort()[0]!;
    await setText(file(), fs.readFileSync(path.join(mistakes, wrong), "utf8"));
    const report = await vscode.commands.executeCommand<VerifyReport>("mathlab.verify", file(), "softmax");
    assert.ok(report, "the command returns the report");
    assert.equal(report.passed, false);
    const message = report.error?.message ?? report.failures[0]?.message ?? "";
    assert.ok(message.length > 10, `a readable message: ${message}`);
  });

  it("accepts the reference solution and the CodeLens shows it", async () => {
    await setText(file(), fs.readFileSync(path.join(lessonsDir(), "softmax.solution.ts"), "utf8"));
    const report = await vscode.commands.executeCommand<VerifyReport>("mathlab.verify", file(), "softmax");
    assert.equal(report.passed, true, JSON.stringify(report.failures.slice(0, 2)));
    await waitFor("the Verified lens", async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", file());
      return lenses?.some((l) => l.command?.title.includes("Verified"));
    });
  });

  it("▶ Run executes the exercise's demo and returns the printed result", async () => {
    const report = await vscode.commands.executeCommand<RunReport>("mathlab.run", file(), "softmax");
    assert.ok(report, "the command returns the run report");
    assert.equal(report.ok, true, report.error?.message);
    assert.match(report.text, /array\(/, "the printed tensors are NumPy-like");
  });

  it("▶ Run shows the demo's figures in the Run panel", async () => {
    const pca = vscode.Uri.joinPath(courseRoot(), "1.6-pca", "pcaFit.ts");
    const ext = vscode.extensions.getExtension("mathlab.ml-math-lab")!.extensionPath;
    await setText(pca, fs.readFileSync(path.join(ext, "lessons", "1.6-pca", "pcaFit.solution.ts"), "utf8"));
    const report = await vscode.commands.executeCommand<RunReport>("mathlab.run", pca, "pcaFit");
    assert.equal(report.ok, true, report.error?.message);
    assert.ok(report.plots.length > 0, "the pcaFit demo defines figures");
    await waitFor("the Run panel", () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith("▶")));
  });

  it("answers a hover with the shape of a tensor", async () => {
    const doc = await vscode.workspace.openTextDocument(file());
    await vscode.window.showTextDocument(doc);
    const line = doc.getText().split("\n").findIndex((l) => /export function softmax/.test(l));
    const col = doc.lineAt(line).text.indexOf("(") + 1; // the first parameter, a declared tensor
    const text = await waitFor("a shape hover", async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", file(), new vscode.Position(line, col));
      const all = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n");
      return /\[[A-Za-z0-9, ]+\]/.test(all) ? all : undefined;
    }, 30_000);
    assert.match(text, /\[N, K\]|\[N, D\]|\[.+\]/);
  });

  it("stops a runaway loop with a clear message while hovers keep answering", async () => {
    await setText(file(), [
      'import * as np from "mathlab";',
      "",
      'export function softmax(z: np.Tensor<["N", "K"]>): np.Tensor<["N", "K"]> {',
      "  for (;;) { /* never returns */ }",
      "}",
      "",
    ].join("\n"));
    const verifying = Promise.resolve(vscode.commands.executeCommand<VerifyReport>("mathlab.verify", file(), "softmax"));
    const hover = Promise.resolve(vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", file(), new vscode.Position(2, 25)));
    const first = await Promise.race([hover.then(() => "hover"), verifying.then(() => "verify")]);
    assert.equal(first, "hover", "the editor answered the hover before the runaway was stopped");
    const report = await verifying;
    assert.equal(report.passed, false);
    assert.equal(report.error?.kind, "timeout", JSON.stringify(report.error));
    assert.match(report.error?.message ?? "", /\d+(\.\d+)? ?s|seconds|time/i);
  });
});
