// Bundled on its own as dist/language-client.js (scripts/build.mjs) and required when the shape
// checker's client is created, so that loading dist/extension.js does not compile it.
export * from "vscode-languageclient/node";
