// Inference in memory: symbolic dimensions, annotations, and incremental re-inference after edits.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import type { Parser } from "web-tree-sitter";
import { DocumentAnalysis } from "../../../server/analysis";
import { shapeFromDoc, shapeFromType } from "../../../server/shapes/annotations";
import { divDims, dimsClash, mulDims, parseDim, symDim } from "../../../server/shapes/dims";
import { createParser } from "../../../server/parsing/tree-sitter";

let parser: Parser;

function hoverAt(a: DocumentAnalysis, text: string, needle: string, delta = 0): string | undefined {
  const i = text.indexOf(needle) + delta;
  const lines = text.slice(0, i).split("\n");
  const h = a.hover({ line: lines.length - 1, character: lines[lines.length - 1]!.length });
  return h ? (h.contents as { value: string }).value : undefined;
}

const HEAD = 'import * as np from "mathlab";\nimport type { T, Tensor } from "mathlab";\n';

void describe("dimensions", () => {
  void it("normalises products, quotients and sums", () => {
    assert.equal(parseDim("H*W")!.key, parseDim("W * H")!.key);
    assert.equal(mulDims(divDims(symDim("D"), symDim("H"))!, symDim("H")).key, "D");
    assert.equal(parseDim("N+1")!.key, parseDim("1+N")!.key);
    assert.equal(parseDim("2*D")!.key, parseDim("D+D")!.key);
  });

  void it("clashes only when surely different", () => {
    assert.ok(dimsClash(parseDim("3")!, parseDim("4")!));
    assert.ok(dimsClash(parseDim("N")!, parseDim("D")!));
    assert.ok(!dimsClash(parseDim("N")!, parseDim("784")!));
    assert.ok(!dimsClash(parseDim("H*W")!, parseDim("W*H")!));
  });
});

void describe("annotations", () => {
  void it("reads Tensor<[...]>, T<\"...\"> and @shape with token offsets", () => {
    const a = shapeFromType('Tensor<["N", 784]>', 10)!;
    assert.deepEqual(a.dims.map((d) => d.text), ["N", "784"]);
    assert.equal(a.dims[0]!.s, 10 + 'Tensor<["'.length);
    const b = shapeFromType('np.T<"B  H*W">', 0)!;
    assert.deepEqual(b.dims.map((d) => [d.text, d.s]), [["B", 6], ["H*W", 9]]);
    const c = shapeFromDoc("/** @shape [B, 784] */", 0)!;
    assert.deepEqual(c.dims.map((d) => d.text), ["B", "784"]);
    assert.equal(shapeFromType("number[]", 0), null);
  });
});

void describe("inference", () => {
  before(async () => {
    parser = await createParser();
  });

  void it("flows dims through user functions, destructuring and arrows", () => {
    const text = `${HEAD}
function layer(x: T<"B D">, w: T<"D K">) { return np.matmul(x, w); }
const [U, S, Vh] = np.linalg.svd(np.zeros([6, 4]), { fullMatrices: false });
const y = layer(np.zeros([32, 784]), np.zeros([784, 10]));
const f = (q: T<"N E">) => np.sum(q, 0);
const r = f(np.zeros([5, 3]));
`;
    const a = new DocumentAnalysis(parser, text, "file:///t.ts");
    assert.deepEqual(a.diagnostics(), []);
    assert.match(hoverAt(a, text, "y =")!, /^`\[32, 10\]`/);
    assert.match(hoverAt(a, text, "U,")!, /^`\[6, 4\]`/);
    assert.match(hoverAt(a, text, "Vh]")!, /^`\[4, 4\]`/);
    assert.match(hoverAt(a, text, "r =")!, /^`\[3\]`/);
    a.dispose();
  });

  void it("explains where a dimension name was bound", () => {
    const text = `${HEAD}function pca(X: T<"N D">, W: T<"D K">) { return np.matmul(X, W); }\n`;
    const a = new DocumentAnalysis(parser, text, "file:///d.ts");
    assert.match(hoverAt(a, text, `D K"`)!, /dimension `D` — bound by axis 1 of parameter `X` of `pca`/);
    a.dispose();
  });

  void it("re-infers only the edited statement and what reads its names", () => {
    const blocks = Array.from({ length: 50 }, (_, i) => `function f${i}(x: T<"N D">, w: T<"D K">) { return np.matmul(x, w); }`).join("\n");
    const text = `${HEAD}${blocks}\nconst a = np.zeros([3, 4]);\nconst b = np.matmul(a, np.zeros([4, 2]));\n`;
    const an = new DocumentAnalysis(parser, text, "file:///inc.ts");
    const first = an.run();
    assert.ok(first.total > 50);
    assert.equal(first.inferred, first.total);
    const line = text.split("\n").findIndex((l) => l.startsWith("function f25"));
    an.applyChanges([{ range: { start: { line, character: 14 }, end: { line, character: 14 } }, text: " " }]);
    assert.equal(an.run().inferred, 1);
    const aLine = text.split("\n").findIndex((l) => l.startsWith("const a"));
    an.applyChanges([{ range: { start: { line: aLine, character: 23 }, end: { line: aLine, character: 24 } }, text: "5" }]);
    const stats = an.run();
    assert.equal(stats.inferred, 2);
    assert.equal(an.diagnostics().length, 1);
    assert.match(String(an.diagnostics()[0]!.message), /\(5\)/);
    an.dispose();
  });
});
