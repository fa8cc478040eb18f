// The corpus: programs with shape bugs must get exactly their expected diagnostics (marked with
// `// expect: <words>` on the line), and correct tricky programs must get none.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import type { Parser } from "web-tree-sitter";
import { DocumentAnalysis } from "../../../server/analysis";
import { createParser } from "../../../server/parsing/tree-sitter";

const root = join(__dirname, "..", "..", "fixtures", "shapes");
const list = (dir: string): string[] => readdirSync(join(root, dir)).filter((f) => f.endsWith(".ts")).sort();

let parser: Parser;

function diagnose(text: string, name: string): { line: number; message: string }[] {
  const a = new DocumentAnalysis(parser, text, `file:///${name}`);
  try {
    return a.diagnostics().map((d) => ({ line: d.range.start.line, message: String(d.message) }));
  } finally {
    a.dispose();
  }
}

void describe("shape corpus", () => {
  before(async () => {
    parser = await createParser();
  });

  void it("has at least 40 bug programs and 40 correct ones", () => {
    assert.ok(list("bugs").length >= 40, `only ${list("bugs").length} bug programs`);
    assert.ok(list("ok").length >= 40, `only ${list("ok").length} correct programs`);
  });

  for (const file of list("bugs")) {
    void it(`bugs/${file} gets its expected diagnostics`, () => {
      const text = readFileSync(join(root, "bugs", file), "utf8");
      const expected = text.split("\n").flatMap((l, i) => {
        const m = /\/\/ expect: (.*)$/.exec(l);
        return m ? [{ line: i, words: m[1]!.trim() }] : [];
      });
      assert.ok(expected.length > 0, "a bug program must mark its expected diagnostic");
      const got = diagnose(text, file);
      for (const e of expected) {
        const here = got.filter((g) => g.line === e.line);
        assert.ok(here.some((g) => g.message.includes(e.words)), `line ${e.line + 1}: expected a diagnostic with "${e.words}", got ${JSON.stringify(got)}`);
      }
      const stray = got.filter((g) => !expected.some((e) => e.line === g.line));
      assert.deepEqual(stray, [], "diagnostics on lines without an expectation");
    });
  }

  for (const file of list("ok")) {
    void it(`ok/${file} gets no diagnostics`, () => {
      const text = readFileSync(join(root, "ok", file), "utf8");
      assert.deepEqual(diagnose(text, file), []);
    });
  }
});
