import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { renderLessonBody } from "../../../scripts/lessons/lesson-markdown";
import { parseDerivation } from "../../../scripts/lessons/derivation";
import { root } from "./browser";

const macros = JSON.parse(readFileSync(join(root, "lessons", "macros.json"), "utf8")) as Record<string, string>;
const render = (md: string, labelsInCode?: Set<string>) => renderLessonBody(md, { macros, ...(labelsInCode ? { labelsInCode } : {}) });

void test("inline and display math are prerendered by KaTeX, with their LaTeX kept for copying", () => {
  const r = render("Let $x \\in \\R^n$.\n\n$$\n\\norm{x}_2 = \\sqrt{x\\T x}\n$$ {#eq:norm}\n");
  assert.deepEqual(r.problems, []);
  assert.match(r.html, /<span class="math" data-latex="x \\in \\R\^n"><span class="katex" role="math" aria-label="x \\in \\R\^n">/);
  // HTML only: no hidden MathML twin of each formula.
  assert.doesNotMatch(r.html, /<math|katex-mathml/);
  assert.match(r.html, /<div class="equation" id="eq:norm" data-label="eq:norm" data-latex="\\norm\{x\}_2 = \\sqrt\{x\\T x\}">/);
  assert.match(r.html, /class="katex-display"/);
  assert.match(r.html, /<span class="eq-number">\(1\)<\/span>/);
  assert.deepEqual(r.equations.map((e) => [e.label, e.number, e.line]), [["eq:norm", 1, 2]]);
});

void test("KaTeX inline styles become classes of the lesson stylesheet", () => {
  const r = render("$$\n\\frac{a}{b}\n$$\n");
  assert.doesNotMatch(r.html, / style="/);
  assert.match(r.html, /data-ks="k\d+"/);
  const used = new Set([...r.html.matchAll(/data-ks="(k\d+)"/g)].map((m) => m[1]));
  for (const name of used) assert.match(r.css, new RegExp(`\\[data-ks="${name}"\\]\\{[^}]+!important`));
});

void test("named colours map to the theme's chart colours", () => {
  const r = render("$\\textcolor{red}{x}$");
  assert.match(r.css, /color:var\(--vscode-charts-red, #e51400\)!important/);
});

void test("a money amount is not math; an escaped dollar is text", () => {
  const r = render("It costs $5 and $6, or \\$7.");
  assert.doesNotMatch(r.html, /katex/);
  assert.match(r.html, /\$5 and \$6, or \$7/);
});

void test("KaTeX errors and warnings fail with the line they are on", () => {
  const r = render("ok\n\nline two $\\undefinedmacro$\n\n$$\nx^\n$$\n\ntext $é$\n");
  assert.equal(r.problems.length, 3);
  assert.equal(r.problems[0]!.line, 2);
  assert.match(r.problems[0]!.message, /Undefined control sequence/);
  assert.equal(r.problems[1]!.line, 4);
  assert.equal(r.problems[2]!.line, 8);
  assert.match(r.problems[2]!.message, /strict/);
});

void test("a math span continuing on the next line reports that line", () => {
  const r = render("first line\nsecond $\\nope$ here");
  assert.equal(r.problems[0]!.line, 1);
});

void test("derivations render steps with reasons, labels and numbering in document order", () => {
  const md = [
    "$$", "a = b", "$$ {#eq:first}", "",
    "```derivation", "title: Why", "---", "f(x) = x^2", "> Definition of $f$.", "",
    "f'(x) = 2x {#eq:deriv}", "> Power rule.", "```", "",
    "$$ c = d $$ {#eq:last}",
  ].join("\n");
  const r = render(md);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.equations.map((e) => `${e.label}:${e.number}`), ["eq:first:1", "eq:deriv:2", "eq:last:3"]);
  assert.match(r.html, /<section class="derivation" data-steps="2"><p class="derivation-title">Why<\/p>/);
  assert.equal([...r.html.matchAll(/class="derivation-step"/g)].length, 2);
  assert.match(r.html, /<p class="derivation-reason">Definition of <span class="math" data-latex="f">/);
  assert.match(r.html, /id="eq:deriv"/);
  assert.match(r.html, /class="derivation-next"/);
  assert.match(r.html, /class="derivation-all"/);
});

void test("derivation mistakes are reported on their lines", () => {
  const d = parseDerivation("x = 1\n\n> only a reason\n\ny = 2\n> fine\nz = 3\n");
  assert.deepEqual(d.problems.map((p) => p.line), [0, 2, 6]);
  const r = render("text\n\n```derivation\nx = 1\n```\n");
  assert.equal(r.problems[0]!.line, 3);
  assert.match(r.problems[0]!.message, /needs a `> ` line/);
});

void test("plot blocks become figures carrying their spec; bad specs are errors", () => {
  const ok = render('```plot\n{ "kind": "histogram", "title": "h", "values": [1, 2, 2, 3] }\n```\n');
  assert.deepEqual(ok.problems, []);
  assert.match(ok.html, /<figure class="plot" data-plot="\{&quot;kind&quot;:&quot;histogram&quot;/);
  const bad = render('para\n\n```plot\n{ "kind": "pie" }\n```\n');
  assert.equal(bad.problems[0]!.line, 3);
  assert.match(bad.problems[0]!.message, /kind/);
  const mismatch = render('```plot\n{ "kind": "line", "x": [1, 2], "series": [{ "name": "a", "y": [1] }] }\n```\n');
  assert.match(mismatch.problems[0]!.message, /as long as/);
});

void test("links to equations and lessons are collected with their lines", () => {
  const r = render("See [this](#eq:a).\n\nAnd [that](lesson:4.4#eq:ce).\n");
  assert.deepEqual(r.links, [{ target: "#eq:a", line: 0 }, { target: "lesson:4.4#eq:ce", line: 2 }]);
  assert.match(r.html, /data-lesson="4.4#eq:ce"/);
});

void test("labels used by exercise code get a Show in code button; a label defined twice is an error", () => {
  const r = render("$$ a $$ {#eq:a}\n\n$$ b $$ {#eq:b}\n\n$$ c $$ {#eq:a}\n", new Set(["eq:b"]));
  assert.equal([...r.html.matchAll(/class="eq-code" data-label="eq:b"/g)].length, 1);
  assert.doesNotMatch(r.html, /class="eq-code" data-label="eq:a"/);
  assert.match(r.problems[0]!.message, /eq:a is defined twice/);
});

void test("unsafe content renders inert: raw HTML, javascript: links, \\href", () => {
  const r = render([
    "<script>window.pwned = 1</script>",
    "",
    '<img src=x onerror="window.pwned = 1">',
    "",
    "[click](javascript:window.pwned=1) and [data](data:text/html;base64,PHNjcmlwdD4=)",
    "",
    "![img](javascript:alert(1))",
  ].join("\n"));
  assert.doesNotMatch(r.html, /<script/i);
  assert.doesNotMatch(r.html, /<img/i);
  assert.doesNotMatch(r.html, /href="javascript:/i);
  assert.doesNotMatch(r.html, /href="data:/i);
  assert.match(r.html, /&lt;script&gt;/);
  const href = render("$\\href{javascript:alert(1)}{x}$");
  assert.doesNotMatch(href.html, /href=/);
  assert.match(href.problems[0]!.message, /\\href is not allowed/);
  const url = render("$\\url{https://example.com}$");
  assert.match(url.problems[0]!.message, /\\url is not allowed/);
});

void test("the 6.2 lesson renders without a problem and defines the softmax equation", () => {
  const source = readFileSync(join(root, "lessons", "6.2-logistic-softmax", "lesson.md"), "utf8");
  const body = source.slice(source.indexOf("\n---", 3) + 4);
  const r = render(body);
  assert.deepEqual(r.problems, []);
  const labels = r.equations.map((e) => e.label);
  for (const l of ["eq:softmax", "eq:softmax-shift", "eq:ce-grad", "eq:logistic-grad"]) assert.ok(labels.includes(l), l);
  for (const link of r.links.filter((l) => l.target.startsWith("#"))) assert.ok(labels.includes(link.target.slice(1)), link.target);
});

void test("the body comes in chunks, a new one at each ## heading, with placeholder heights in the stylesheet", () => {
  const md = ["# T", "", "intro", "", "## One", "", "a $x$", "", "## Two", "", ...Array.from({ length: 40 }, (_, i) => `para ${i} ${"word ".repeat(40)}\n`)].join("\n");
  const r = render(md);
  const chunks = [...r.html.matchAll(/<div class="lesson-chunk" data-h="(\d+)">\n(<h\d)?/g)];
  assert.ok(chunks.length >= 4, `${chunks.length} chunks`);
  assert.equal(chunks[1]![2], "<h2");
  assert.equal(chunks[2]![2], "<h2");
  for (const c of chunks) assert.match(r.css, new RegExp(`\\.lesson-chunk\\[data-h="${c[1]}"\\]\\{contain-intrinsic-size:auto ${c[1]}px\\}`));
  // Derivation steps after the first are hidden in the markup itself.
  const d = render("```derivation\na = b\n> one\n\n= c\n> two\n```\n");
  assert.match(d.html, /data-step="0">/);
  assert.match(d.html, /data-step="1" hidden>/);
});
