// Garbage sent to the server: requests for documents it never saw, positions outside the text,
// malformed parameters and out-of-order notifications. The server answers or refuses each one and
// keeps serving the next valid request.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startHarness, type Harness } from "./lsp-harness";

const uri = "file:///garbage/check.ts";
const program = [
  'import * as np from "mathlab";',
  'import type { T } from "mathlab";',
  "",
  'export function f(x: T<"N D">, w: T<"D K">): T<"N K"> {',
  "  return np.matmul(x, w);",
  "}",
  "",
].join("\n");

/** Resolves with "answered" or "refused": either is fine, a hang or a dead server is not. */
async function outcome(p: Promise<unknown>): Promise<"answered" | "refused"> {
  try {
    await p;
    return "answered";
  } catch {
    return "refused";
  }
}

void describe("garbage sent to the language server", { timeout: 20_000 }, () => {
  let h: Harness;
  before(async () => { h = await startHarness(); });
  after(() => h.close());

  void it("answers a hover on a document it never opened without failing", async () => {
    const r = await outcome(h.client.sendRequest("textDocument/hover", { textDocument: { uri: "file:///never/opened.ts" }, position: { line: 0, character: 0 } }));
    assert.ok(r === "answered" || r === "refused");
  });

  void it("survives malformed parameters and unknown methods", async () => {
    const bad: [string, unknown][] = [
      ["textDocument/hover", { textDocument: {}, position: { line: -5, character: "x" } }],
      ["textDocument/hover", null],
      ["textDocument/inlayHint", { textDocument: { uri }, range: { start: { line: 99, character: 0 }, end: { line: -1, character: 0 } } }],
      ["textDocument/codeAction", { textDocument: { uri: 42 }, range: null, context: { diagnostics: "none" } }],
      ["mathlab/noSuchMethod", { any: "thing" }],
    ];
    for (const [method, params] of bad) {
      const r = await outcome(h.client.sendRequest(method, params));
      assert.ok(r === "answered" || r === "refused", method);
    }
    await h.client.sendNotification("textDocument/didChange", { textDocument: { uri: "file:///never/opened.ts", version: 3 }, contentChanges: [{ text: "x" }] });
    await h.client.sendNotification("textDocument/didClose", { textDocument: { uri: "file:///never/opened.ts" } });
    await h.client.sendNotification("textDocument/didOpen", { textDocument: { uri: "file:///bad.ts" } });
  });

  void it("still checks a real program afterwards, including positions past the end of a line", async () => {
    const diagnostics = await h.open(uri, program);
    assert.equal(diagnostics.length, 0, JSON.stringify(diagnostics));
    const hover = await h.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 4, character: 500 } });
    assert.ok(hover === null || typeof hover === "object");
    const shape = await h.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 4, character: 13 } }) as { contents: { value: string } } | null;
    assert.match(shape?.contents.value ?? "", /\[N, K\]/);
  });
});
