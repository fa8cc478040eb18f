// The server through its LSP interface, in-process over in-memory streams.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { CodeAction, Hover, InlayHint } from "vscode-languageserver/node";
import { startHarness, type Harness } from "./lsp-harness";

const STARTER = `import * as np from "mathlab";
import type { T, Tensor } from "mathlab";

export function layer(x: Tensor<["N", "D"]>, w: T<"D K">): T<"N K"> {
  const y = np.matmul(x, w);
  return y;
}
`;

const BUGGY = `import * as np from "mathlab";
import type { T } from "mathlab";

export function scores(x: T<"N D">, w: T<"N K">) {
  return np.matmul(x, w);
}
`;

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const i = text.indexOf(needle) + delta;
  const before = text.slice(0, i).split("\n");
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

void describe("language server over LSP", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  void it("publishes no diagnostics for a correct starter and hovers the matmul shape", async () => {
    const uri = "file:///starter.ts";
    const diags = await h.open(uri, STARTER);
    assert.deepEqual(diags, []);
    const hover = (await h.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: positionOf(STARTER, "matmul(x", 2) })) as Hover;
    const value: string = (hover.contents as { value: string }).value;
    assert.match(String(value), /^`\[N, K\]` — np\.matmul of x `\[N, D\]` and w `\[D, K\]`/);
    const onVar = (await h.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: positionOf(STARTER, "const y", 6) })) as Hover;
    assert.ok((onVar.contents as { value: string }).value.includes("[N, K]"));
  });

  void it("reports a matmul mismatch in teacher words with related information and a quick fix", async () => {
    const uri = "file:///buggy.ts";
    const diags = await h.open(uri, BUGGY);
    assert.equal(diags.length, 1);
    const d = diags[0]!;
    assert.equal(d.source, "mathlab");
    assert.match(String(d.message), /matmul needs the last dim of A \(D\) to equal the second-to-last of B \(N\)/);
    assert.equal(d.range.start.line, 4);
    assert.ok((d.relatedInformation ?? []).length >= 2);
    const actions = (await h.client.sendRequest("textDocument/codeAction", {
      textDocument: { uri }, range: d.range, context: { diagnostics: [d] },
    })) as CodeAction[];
    assert.ok(actions.length >= 1);
    const edit = actions[0]!.edit!.changes![uri]!;
    assert.equal(edit[0]!.newText, ".T");
  });

  void it("follows incremental edits: fixing the bug clears the diagnostic, reintroducing it brings it back", async () => {
    const uri = "file:///edit.ts";
    const first = await h.open(uri, BUGGY);
    assert.equal(first.length, 1);
    const at = positionOf(BUGGY, `"N K"`, 1);
    const fixed = await h.change(uri, 2, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: "D" }]);
    assert.deepEqual(fixed, []);
    const broken = await h.change(uri, 3, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: "Q" }]);
    assert.equal(broken.length, 1);
    assert.match(String(broken[0]!.message), /\(Q\)/);
  });

  void it("answers inlay hints with the shape of each const", async () => {
    const uri = "file:///hints.ts";
    await h.open(uri, STARTER);
    const hints = (await h.client.sendRequest("textDocument/inlayHint", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } })) as InlayHint[];
    assert.deepEqual(hints.map((x) => x.label), [": [N, K]"]);
    assert.deepEqual(hints[0]!.position, positionOf(STARTER, "y =", 1));
  });

  void it("turns inlay hints off with mathlab.inlayHints.shapes = false", async () => {
    const uri = "file:///hints-off.ts";
    await h.open(uri, STARTER);
    await h.client.sendNotification("workspace/didChangeConfiguration", { settings: { mathlab: { inlayHints: { shapes: false } } } });
    const hints = (await h.client.sendRequest("textDocument/inlayHint", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } })) as InlayHint[];
    assert.deepEqual(hints, []);
    await h.client.sendNotification("workspace/didChangeConfiguration", { settings: { mathlab: { inlayHints: { shapes: true } } } });
  });

  void it("clears diagnostics when a document closes", async () => {
    const uri = "file:///closing.ts";
    await h.open(uri, BUGGY);
    const cleared = h.nextDiagnostics(uri);
    await h.client.sendNotification("textDocument/didClose", { textDocument: { uri } });
    assert.deepEqual(await cleared, []);
  });
});
