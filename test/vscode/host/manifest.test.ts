// The manifest and the code agree: every contributed command is registered, and every
// registered mathlab command is contributed (with the category).
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { extensionId, activateExtension } from "./helpers";

describe("manifest", () => {
  before(activateExtension);

  it("registers every contributed command and contributes every registered one", async () => {
    const ext = vscode.extensions.getExtension(extensionId);
    assert.ok(ext, `extension ${extensionId} is installed`);
    const contributed = (ext.packageJSON.contributes.commands as { command: string; category: string }[]);
    for (const c of contributed) assert.equal(c.category, "ML Math Lab", `${c.command} has the category`);
    // VS Code adds view commands of its own (mathlab.lessons.focus...): not ours to contribute.
    const registered = (await vscode.commands.getCommands(true)).filter((c) => c.startsWith("mathlab.") && !c.startsWith("mathlab.lessons."));
    const contributedIds = contributed.map((c) => c.command).sort();
    assert.deepEqual([...new Set(registered)].sort(), contributedIds);
  });

  it("declares limited support for untrusted workspaces", () => {
    const pkg = vscode.extensions.getExtension(extensionId)!.packageJSON;
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, "limited");
    assert.ok(!pkg.activationEvents.includes("*"), "never activates on *");
  });
});
