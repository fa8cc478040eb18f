// Runs the language server in this process over in-memory streams and talks to it as a client would.
import { PassThrough } from "node:stream";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import { createConnection, ProposedFeatures, type Diagnostic, type PublishDiagnosticsParams } from "vscode-languageserver/node";
import { startServer } from "../../../server/lsp/server";

export interface Harness {
  readonly client: MessageConnection;
  /** Resolves with the next diagnostics published for `uri`. */
  nextDiagnostics(uri: string): Promise<Diagnostic[]>;
  open(uri: string, text: string): Promise<Diagnostic[]>;
  change(uri: string, version: number, changes: unknown[]): Promise<Diagnostic[]>;
  readonly messages: string[];
  close(): void;
}

export async function startHarness(opts: { configuration?: unknown; initializationOptions?: unknown } = {}): Promise<Harness> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConn = createConnection(ProposedFeatures.all, toServer, toClient);
  startServer(serverConn);
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const waiting = new Map<string, ((d: Diagnostic[]) => void)[]>();
  const messages: string[] = [];
  client.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
    const list = waiting.get(p.uri);
    const next = list?.shift();
    if (next) next(p.diagnostics);
  });
  client.onNotification("window/showMessage", (p: { message: string }) => void messages.push(p.message));
  client.onRequest("workspace/configuration", () => [opts.configuration ?? { inlayHints: { shapes: true } }]);
  client.onRequest("workspace/inlayHint/refresh", () => null);
  client.listen();
  await client.sendRequest("initialize", {
    processId: null, rootUri: null, initializationOptions: opts.initializationOptions,
    capabilities: { workspace: { configuration: true, inlayHint: { refreshSupport: true } } },
  });
  await client.sendNotification("initialized", {});
  const nextDiagnostics = (uri: string): Promise<Diagnostic[]> =>
    new Promise((resolve) => {
      const list = waiting.get(uri) ?? [];
      list.push(resolve);
      waiting.set(uri, list);
    });
  return {
    client, messages, nextDiagnostics,
    async open(uri, text) {
      const d = nextDiagnostics(uri);
      await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "typescript", version: 1, text } });
      return d;
    },
    async change(uri, version, changes) {
      const d = nextDiagnostics(uri);
      await client.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: changes });
      return d;
    },
    close() {
      // Ending the server's input stream makes vscode-languageserver exit the process; just let go.
      client.dispose();
    },
  };
}
