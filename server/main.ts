// Entry point of the shape-checking language server (bundled to dist/server.js).
// The client picks the transport (--node-ipc or --stdio); createConnection reads it from argv.
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./lsp/server";

startServer(createConnection(ProposedFeatures.all));
