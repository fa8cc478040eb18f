import * as vscode from "vscode";

export const extensionId = "mathlab.ml-math-lab";

export async function activateExtension(): Promise<void> {
  const ext = vscode.extensions.getExtension(extensionId);
  if (!ext) throw new Error(`${extensionId} is not installed in this VS Code`);
  await ext.activate();
}

/** Polls until `check` returns a value (not undefined/false) or the time is up. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function courseRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error("the tests need the course workspace open");
  return folder.uri;
}
