// Starts the shape checker (server/, bundled as dist/server.js) through vscode-languageclient.
// Debug: set MATHLAB_SERVER_INSPECT=6011 and attach to port 6011 (see CONTRIBUTING.md).
import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";

export function createShapeClient(context: vscode.ExtensionContext): LanguageClient {
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
