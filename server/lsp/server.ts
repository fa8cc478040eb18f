// The language server's LSP wiring: documents in, diagnostics/hover/inlay hints/quick fixes out.
// Works over any connection (stdio, node-ipc, or in-memory streams in tests).
import {
  CodeActionKind, MessageType, ShowMessageNotification, TextDocumentSyncKind, type Connection, type InitializeResult, type TextDocumentContentChangeEvent,
} from "vscode-languageserver";
import type { Parser } from "web-tree-sitter";
import { DocumentAnalysis, MAX_ANALYSED_CHARS } from "../analysis";
import { createParser } from "../parsing/tree-sitter";

interface Settings {
  inlayHintsShapes: boolean;
}

export function startServer(connection: Connection): void {
  const docs = new Map<string, DocumentAnalysis>();
  const pending = new Set<string>();
  const toldTooLarge = new Set<string>();
  const settings: Settings = { inlayHintsShapes: true };
  let parser: Parser | null = null;
  let canReadConfig = false;
  let canRefreshHints = false;
  let flushScheduled = false;

  connection.onInitialize(async (params): Promise<InitializeResult> => {
    parser = await createParser();
    canReadConfig = !!params.capabilities.workspace?.configuration;
    canRefreshHints = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
    const opts = params.initializationOptions as { inlayHints?: { shapes?: unknown } } | undefined;
    if (typeof opts?.inlayHints?.shapes === "boolean") settings.inlayHintsShapes = opts.inlayHints.shapes;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        inlayHintProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: "mathlab-shapes", version: "0.1.0" },
    };
  });

  async function readSettings(): Promise<void> {
    if (!canReadConfig) return;
    try {
      const [section] = (await connection.workspace.getConfiguration([{ section: "mathlab" }])) as [unknown];
      applySettings(section);
    } catch {
      // Keep the defaults when the client cannot answer.
    }
  }

  function applySettings(section: unknown): void {
    const shapes = (section as { inlayHints?: { shapes?: unknown } } | null | undefined)?.inlayHints?.shapes;
    const next = typeof shapes === "boolean" ? shapes : true;
    if (next !== settings.inlayHintsShapes) {
      settings.inlayHintsShapes = next;
      if (canRefreshHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
    }
  }

  connection.onInitialized(() => {
    void readSettings();
  });

  connection.onDidChangeConfiguration((change) => {
    const s = (change.settings as { mathlab?: unknown } | null | undefined)?.mathlab;
    if (s !== undefined) applySettings(s);
    else void readSettings();
  });

  function flush(): void {
    flushScheduled = false;
    for (const uri of [...pending]) {
      pending.delete(uri);
      const a = docs.get(uri);
      if (!a) continue;
      try {
        a.run();
        if (a.degraded && !toldTooLarge.has(uri)) {
          toldTooLarge.add(uri);
          void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message:
            `ML Math Lab: this file is ${Math.round(a.text.length / 1024)} KB; shapes are checked only in files under ${MAX_ANALYSED_CHARS / 1024} KB.` });
        }
        void connection.sendDiagnostics({ uri, diagnostics: a.diagnostics() });
      } catch (e) {
        connection.console.error(`mathlab: shape check failed for ${uri}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        void connection.sendDiagnostics({ uri, diagnostics: [] });
      }
    }
  }

  function schedule(uri: string): void {
    pending.add(uri);
    if (!flushScheduled) {
      flushScheduled = true;
      setImmediate(flush);
    }
  }

  connection.onDidOpenTextDocument((p) => {
    if (!parser || p.textDocument.languageId !== "typescript") return;
    docs.get(p.textDocument.uri)?.dispose();
    docs.set(p.textDocument.uri, new DocumentAnalysis(parser, p.textDocument.text, p.textDocument.uri));
    schedule(p.textDocument.uri);
  });

  connection.onDidChangeTextDocument((p) => {
    const a = docs.get(p.textDocument.uri);
    if (!a) return;
    a.applyChanges(p.contentChanges as TextDocumentContentChangeEvent[]);
    schedule(p.textDocument.uri);
  });

  connection.onDidCloseTextDocument((p) => {
    const uri = p.textDocument.uri;
    docs.get(uri)?.dispose();
    docs.delete(uri);
    pending.delete(uri);
    toldTooLarge.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onHover((p) => {
    const a = docs.get(p.textDocument.uri);
    return a && !a.degraded ? a.hover(p.position) : null;
  });

  connection.languages.inlayHint.on((p) => {
    if (!settings.inlayHintsShapes) return [];
    const a = docs.get(p.textDocument.uri);
    return a && !a.degraded ? a.inlayHints(p.range) : [];
  });

  connection.onCodeAction((p) => {
    const a = docs.get(p.textDocument.uri);
    return a ? a.codeActions(p.context.diagnostics) : [];
  });

  connection.onShutdown(() => {
    for (const a of docs.values()) a.dispose();
    docs.clear();
  });

  connection.listen();
}
