// Starts the shape checker (server/, bundled as dist/server.js) through vscode-languageclient.
// Debug: set MATHLAB_SERVER_INSPECT=6011 and attach to port 6011 (see CONTRIBUTING.md).
// vscode-languageclient (about 1 MB with its protocol packages) is its own bundle,
// dist/language-client.js, required here when the client is created just after activation.
import * as path from "node:path";
import type * as vscode from "vscode";
import type { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";

export function createShapeClient(context: vscode.ExtensionContext): LanguageClient {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { LanguageClient, TransportKind } = require(path.join(__dirname, "language-client.js")) as typeof import("vscode-languageclient/node");
  const module = path.join(context.extensionPath, "dist", "server.js");
  const inspect = process.env["MATHLAB_SERVER_INSPECT"];
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", `--inspect=${inspect ?? "6011"}`] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "typescript" },
      { scheme: "untitled", language: "typescript" },
    ],
    synchronize: { configurationSection: "mathlab" },
    outputChannelName: "ML Math Lab Shapes",
  };
  return new LanguageClient("mathlab", "ML Math Lab Shape Checker", serverOptions, clientOptions, inspect !== undefined);
}
