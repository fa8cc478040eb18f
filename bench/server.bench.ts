// npm run bench -- server: keystroke → publishDiagnostics over the real LSP (in-memory streams) for a
// 1k-line and a 10k-line lab program, next to (a) a full reparse + full inference and (b) TypeScript's
// own type check of the same program with shapes encoded at type level. Also: memory over 1,000 edits.
import { PassThrough } from "node:stream";
import ts from "typescript";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import { createConnection, ProposedFeatures, type PublishDiagnosticsParams } from "vscode-languageserver/node";
import { DocumentAnalysis } from "../server/analysis";
import { startServer } from "../server/lsp/server";
import { createParser } from "../server/parsing/tree-sitter";

function block(i: number): string {
  return [
    `export function layer${i}(x: T<"B D">, w: T<"D K">, b: T<"K">): T<"B K"> {`,
    `  const h = np.matmul(x, w);`,
    `  const z = np.add(h, b);`,
    `  const a = np.tanh(z);`,
    `  const s = np.sum(a, { axis: 1, keepdims: true });`,
    `  const n = np.divide(a, s);`,
    `  return n;`,
    `}`,
    `const x${i} = np.zeros([32, 784]);`,
    `const y${i} = layer${i}(x${i}, np.zeros([784, 100]), np.zeros([100]));`,
  ].join("\n");
}

function program(lines: number): string {
  const head = 'import * as np from "mathlab";\nimport type { T } from "mathlab";\n';
  return head + Array.from({ length: Math.ceil(lines / 10) }, (_, i) => block(i)).join("\n") + "\n";
}

const PRELUDE = `
type Dim = string | number;
interface Tensor<S extends readonly Dim[]> { readonly shape: S }
declare const np: {
  matmul<A extends Dim, B extends Dim, C extends Dim>(x: Tensor<readonly [A, B]>, w: Tensor<readonly [B, C]>): Tensor<readonly [A, C]>;
  add<A extends Dim, B extends Dim>(x: Tensor<readonly [A, B]>, b: Tensor<readonly [B]>): Tensor<readonly [A, B]>;
  divide<A extends Dim, B extends Dim>(x: Tensor<readonly [A, B]>, b: Tensor<readonly [A, 1]>): Tensor<readonly [A, B]>;
  tanh<S extends readonly Dim[]>(x: Tensor<S>): Tensor<S>;
  sum<A extends Dim, B extends Dim>(x: Tensor<readonly [A, B]>, o: { axis: 1; keepdims: true }): Tensor<readonly [A, 1]>;
  zeros<const S extends readonly Dim[]>(shape: S): Tensor<S>;
};
`;

/**
 * The same program with shapes as TypeScript types: `T<"B D">` becomes `Tensor<readonly [B, D]>` and
 * each function takes its dimension names as type parameters, so calls bind them as inference does.
 */
function typeLevel(src: string): string {
  const tensor = (s: string): string => `Tensor<readonly [${s.split(/\s+/).join(", ")}]>`;
  const body = src.replace(/^import .*$/gm, "").replace(/^(export function \w+)\((.*)$/gm, (_, head: string, rest: string) => {
    const dims = [...new Set([...rest.matchAll(/T<"([^"]*)">/g)].flatMap((m) => m[1]!.split(/\s+/)).filter((d) => !/^\d+$/.test(d)))];
    return `${head}<${dims.map((d) => `${d} extends Dim`).join(", ")}>(${rest}`;
  }).replace(/T<"([^"]*)">/g, (_, s: string) => tensor(s));
  return PRELUDE + body;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function tsCheck(text: string): number {
  const file = "/bench/program.ts";
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"], types: [], skipLibCheck: true };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, onError, create) => (name === file ? ts.createSourceFile(name, text, lang) : read(name, lang, onError, create));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const t0 = performance.now();
  const prog = ts.createProgram([file], options, host);
  const diags = ts.getPreEmitDiagnostics(prog).filter((d) => d.file?.fileName === file);
  const ms = performance.now() - t0;
  if (diags.length) console.log(`  (typescript reported ${diags.length} diagnostics, first: ${ts.flattenDiagnosticMessageText(diags[0]!.messageText, "\n")})`);
  return ms;
}

async function main(): Promise<void> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(createConnection(ProposedFeatures.all, toServer, toClient));
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  let waiter: ((p: PublishDiagnosticsParams) => void) | null = null;
  client.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
    const w = waiter;
    waiter = null;
    w?.(p);
  });
  client.onRequest("workspace/configuration", () => [{}]);
  client.listen();
  await client.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} });
  await client.sendNotification("initialized", {});
  const next = (): Promise<PublishDiagnosticsParams> => new Promise((r) => (waiter = r));
  const parser = await createParser();
  new DocumentAnalysis(parser, program(200), "file:///warmup.ts").diagnostics();
  tsCheck(typeLevel(program(200)));

  const rows: string[][] = [["program", "keystroke→diagnostics (median)", "full reparse+inference", "ratio", "TypeScript check", "ratio"]];
  for (const lines of [1000, 10000]) {
    const text = program(lines);
    const uri = `file:///bench-${lines}.ts`;
    let p = next();
    await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "typescript", version: 1, text } });
    const opened = await p;
    if (opened.diagnostics.length) console.log(`  (unexpected diagnostics: ${opened.diagnostics[0]!.message})`);
    // Keystrokes: type and delete a character inside a function body in the middle of the file.
    const midLine = Math.floor(text.split("\n").length / 2);
    const lineText = text.split("\n")[midLine]!;
    const col = Math.max(0, lineText.indexOf("(") + 1);
    const times: number[] = [];
    let version = 1;
    for (let i = 0; i < 60; i++) {
      const insert = i % 2 === 0;
      const change = insert
        ? { range: { start: { line: midLine, character: col }, end: { line: midLine, character: col } }, text: " " }
        : { range: { start: { line: midLine, character: col }, end: { line: midLine, character: col + 1 } }, text: "" };
      p = next();
      const t0 = performance.now();
      await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: ++version }, contentChanges: [change] });
      await p;
      if (i >= 10) times.push(performance.now() - t0);
    }
    const full: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const a = new DocumentAnalysis(parser, text, uri);
      a.diagnostics();
      full.push(performance.now() - t0);
      a.dispose();
    }
    const tsTimes = [tsCheck(typeLevel(text)), tsCheck(typeLevel(text)), tsCheck(typeLevel(text))];
    const k = median(times);
    const f = median(full);
    const t = median(tsTimes);
    rows.push([`${lines} lines`, `${k.toFixed(2)} ms`, `${f.toFixed(1)} ms`, `${(f / k).toFixed(1)}×`, `${t.toFixed(0)} ms`, `${(t / k).toFixed(0)}×`]);

    if (lines === 10000) {
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      const before = process.memoryUsage().heapUsed;
      for (let i = 0; i < 1000; i++) {
        const insert = i % 2 === 0;
        const change = insert
          ? { range: { start: { line: midLine, character: col }, end: { line: midLine, character: col } }, text: "x" }
          : { range: { start: { line: midLine, character: col }, end: { line: midLine, character: col + 1 } }, text: "" };
        p = next();
        await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: ++version }, contentChanges: [change] });
        await p;
      }
      gc?.();
      const afterEdits = process.memoryUsage().heapUsed;
      console.log(`memory over 1,000 edits (10k lines): heap ${(before / 1e6).toFixed(1)} MB → ${(afterEdits / 1e6).toFixed(1)} MB${gc ? "" : " (run with --expose-gc for exact numbers)"}`);
    }
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join("  "));
  console.log("goals: keystroke ≤ 10 ms (1k lines), ≤ 30 ms (10k lines)");
  client.dispose();
  process.exit(0);
}

void main();
