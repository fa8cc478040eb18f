// Robustness: 10,000 randomly garbled and randomly generated programs through the real server
// (seeded, so a failure replays), plus a 1 MB file and pathological nesting.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { rng } from "../../../engine/cases";
import { startHarness, type Harness } from "./lsp-harness";

const root = join(__dirname, "..", "..", "fixtures", "shapes");
const corpus = ["bugs", "ok"].flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith(".ts")).map((f) => readFileSync(join(root, d, f), "utf8")));

const DIMS = ["N", "D", "K", "B", "1", "3", "784", "H*W", "D/H"];
const OPS = ["matmul", "add", "subtract", "multiply", "dot", "outer", "maximum", "where"];
const UN = ["exp", "tanh", "sum", "mean", "transpose", "squeeze", "flatten", "argmax"];
const TOKENS = ["(", ")", "{", "}", "[", "]", ",", ";", "np.", "matmul", "=>", "const ", "T<\"N D\">", ":", "\"", "`", "/*", "*/", "\n", "-1", "x.T", "🙂", "é", "\\", "as", "keepdims: true"];

/** A random program: annotated functions calling random library operations on each other's results. */
function generate(r: () => number): string {
  const pick = <X>(xs: readonly X[]): X => xs[Math.floor(r() * xs.length)]!;
  const shape = (): string => Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(DIMS)).join(" ");
  const lines = ['import * as np from "mathlab";', 'import type { T } from "mathlab";'];
  const vars: string[] = [];
  const n = 1 + Math.floor(r() * 4);
  lines.push(`function f(${Array.from({ length: n }, (_, i) => `a${i}: T<"${shape()}">`).join(", ")}) {`);
  for (let i = 0; i < n; i++) vars.push(`a${i}`);
  const steps = 1 + Math.floor(r() * 8);
  for (let i = 0; i < steps; i++) {
    const v = `v${i}`;
    const roll = r();
    if (roll < 0.5) lines.push(`  const ${v} = np.${pick(OPS)}(${pick(vars)}, ${pick(vars)});`);
    else if (roll < 0.8) lines.push(`  const ${v} = np.${pick(UN)}(${pick(vars)}${r() < 0.5 ? `, ${Math.floor(r() * 4) - 1}` : ""});`);
    else if (roll < 0.9) lines.push(`  const ${v} = ${pick(vars)}.reshape(${r() < 0.5 ? "-1" : `[${pick(vars)}.shape[0], -1]`});`);
    else lines.push(`  const ${v} = np.concatenate([${pick(vars)}, ${pick(vars)}], ${Math.floor(r() * 3) - 1});`);
    vars.push(v);
  }
  lines.push(`  return ${pick(vars)};`, "}");
  return lines.join("\n");
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

void describe("fuzzing the server", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  void it("survives 10,000 garbled and generated programs", { timeout: 60_000 }, async () => {
    const r = rng(20240607);
    const uri = "file:///fuzz.ts";
    let text = corpus[0]!;
    await h.open(uri, text);
    let version = 1;
    for (let i = 0; i < 10_000; i++) {
      let change: unknown;
      if (i % 2 === 0) {
        // Garble the current text with a ranged edit (exercises tree.edit and incremental reparse).
        const a = Math.floor(r() * (text.length + 1));
        const b = Math.min(text.length, a + Math.floor(r() * 12));
        const roll = r();
        const insert = roll < 0.4 ? "" : roll < 0.8 ? TOKENS[Math.floor(r() * TOKENS.length)]! : text.slice(Math.floor(r() * text.length)).slice(0, 40);
        change = { range: { start: positionAt(text, a), end: positionAt(text, b) }, text: insert };
        text = text.slice(0, a) + insert + text.slice(b);
        if (text.length > 6000) {
          text = corpus[Math.floor(r() * corpus.length)]!;
          change = { text };
        }
      } else {
        text = r() < 0.5 ? generate(r) : corpus[Math.floor(r() * corpus.length)]!;
        change = { text };
      }
      const diags = await h.change(uri, ++version, [change]);
      assert.ok(Array.isArray(diags));
      if (i % 50 === 0) {
        const pos = positionAt(text, Math.floor(r() * (text.length + 1)));
        await h.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: pos });
        await h.client.sendRequest("textDocument/inlayHint", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: positionAt(text, text.length) } });
        await h.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: diags } });
      }
    }
  });

  void it("answers a 1 MB file promptly in a degraded mode, said once", async () => {
    const uri = "file:///huge.ts";
    const block = corpus.join("\n");
    let text = "";
    while (text.length < 1024 * 1024) text += block + "\n";
    const t0 = Date.now();
    const diags = await h.open(uri, text);
    assert.ok(Date.now() - t0 < 5000);
    assert.deepEqual(diags, []);
    await h.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "// edit\n" }]);
    assert.equal(h.messages.filter((m) => m.includes("KB")).length, 1);
  });

  void it("copes with deeply nested expressions", async () => {
    const uri = "file:///deep.ts";
    const depth = 3000;
    const text = `import * as np from "mathlab";\nconst x = ${"np.exp(".repeat(depth)}np.zeros([2, 3])${")".repeat(depth)};\nconst y = ${"[".repeat(depth)}${"]".repeat(depth)};\n`;
    const diags = await h.open(uri, text);
    assert.ok(Array.isArray(diags));
  });
});
