import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { buildCourse, codeLabels } from "../../../scripts/lessons/build-course";
import { formatDiagnostic } from "../../../scripts/lessons/diagnostics";
import { splitFrontMatter } from "../../../scripts/lessons/front-matter";
import { root } from "./browser";

const made: string[] = [];
after(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

/** A course root with the real curriculum and macros and the given lesson files. */
function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "lessons-"));
  made.push(dir);
  mkdirSync(join(dir, "lessons"));
  copyFileSync(join(root, "lessons", "curriculum.json"), join(dir, "lessons", "curriculum.json"));
  copyFileSync(join(root, "lessons", "macros.json"), join(dir, "lessons", "macros.json"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, "lessons", path, ".."), { recursive: true });
    writeFileSync(join(dir, "lessons", path), text);
  }
  return dir;
}

const exerciseFiles = (folder: string, name: string, body = "") => ({
  [`${folder}/${name}.ts`]: `export function ${name}() {} ${body}\n`,
  [`${folder}/${name}.solution.ts`]: `export function ${name}() {}\n`,
  [`${folder}/${name}.spec.ts`]: "export default {};\n",
});

const good = `---
id: "6.2"
title: Logistic
minutes: 20
prerequisites: ["4.4"]
exercises:
  - name: softmax
    title: Softmax
---
# Logistic

$$
p = \\softmax(z)
$$ {#eq:softmax}

See [it](#eq:softmax).
`;

void test("a valid lesson builds into the course index and a prerendered page", () => {
  const dir = fixture({ "6.2-logistic-softmax/lesson.md": good, ...exerciseFiles("6.2-logistic-softmax", "softmax", "// eq:softmax") });
  const r = buildCourse(dir);
  assert.deepEqual(r.diagnostics.map(formatDiagnostic), []);
  assert.equal(r.course.parts.length, 10);
  assert.deepEqual(r.course.parts.find((p) => p.number === 6)!.lessons, ["6.2"]);
  assert.deepEqual(r.course.parts.find((p) => p.number === 0)!.lessons, []);
  const lesson = r.course.lessons[0]!;
  assert.equal(lesson.folder, "6.2-logistic-softmax");
  assert.deepEqual(lesson.equations, ["eq:softmax"]);
  assert.deepEqual(lesson.exercises, [{ name: "softmax", title: "Softmax", lesson: "6.2", file: "6.2-logistic-softmax/softmax.ts" }]);
  assert.equal(r.pages[0]!.id, "6.2");
  assert.match(r.pages[0]!.html, /class="katex"/);
  assert.match(r.pages[0]!.html, /class="eq-code" data-label="eq:softmax"/);
});

void test("every kind of mistake is reported as file:line", () => {
  const dir = fixture({
    "6.2-logistic-softmax/lesson.md": good.replace('["4.4"]', '["4.4", "99.1"]').replace("See [it](#eq:softmax).", "See\n[it](#eq:missing) and $\\oops$."),
    ...exerciseFiles("6.2-logistic-softmax", "softmax", "// eq:nowhere"),
    "9.99-unknown/lesson.md": good.replace('"6.2"', '"9.99"'),
    "1.1-vectors/lesson.md": good.replace('"6.2"', '"1.2"'),
    "2.3-gd/lesson.md": good.replace('"6.2"', '"2.3"').replace("minutes: 20", "minutes: soon"),
    "3.1-bayes/lesson.md": good.replace('"6.2"', '"3.1"'),
  });
  const messages = buildCourse(dir).diagnostics.map(formatDiagnostic);
  const expect = (re: RegExp) => assert.ok(messages.some((m) => re.test(m)), `${re} in\n${messages.join("\n")}`);
  expect(/^lessons\/6\.2-logistic-softmax\/lesson\.md:5: unknown prerequisite "99\.1"/);
  expect(/^lessons\/6\.2-logistic-softmax\/lesson\.md:17: link to #eq:missing, but no equation has that label/);
  expect(/^lessons\/6\.2-logistic-softmax\/lesson\.md:17: KaTeX parse error: Undefined control sequence: \\oops/);
  expect(/^lessons\/6\.2-logistic-softmax\/softmax\.ts:1: \/\/ eq:nowhere refers to no equation of lesson 6\.2/);
  expect(/^lessons\/9\.99-unknown\/lesson\.md:2: unknown lesson id "9\.99"/);
  expect(/^lessons\/1\.1-vectors\/lesson\.md:2: id "1\.2" does not match the folder "1\.1-vectors"/);
  expect(/^lessons\/2\.3-gd\/lesson\.md:4: front matter: "minutes" must be a positive whole number/);
  expect(/^lessons\/3\.1-bayes\/lesson\.md:7: exercise "softmax": missing 3\.1-bayes\/softmax\.ts/);
  expect(/^lessons\/3\.1-bayes\/lesson\.md:7: exercise "softmax": missing 3\.1-bayes\/softmax\.spec\.ts/);
});

void test("front matter problems point at their lines", () => {
  const unquoted = splitFrontMatter("---\nid: 6.2\ntitle: T\nminutes: 5\n---\n");
  assert.deepEqual(unquoted.problems.map((p) => [p.line, /quote the id/.test(p.message)]), [[2, true]]);
  const extra = splitFrontMatter('---\nid: "6.2"\ntitle: T\nminutes: 5\ncolour: red\n---\n');
  assert.equal(extra.problems[0]!.line, 5);
  assert.match(extra.problems[0]!.message, /unknown field "colour"/);
  assert.equal(splitFrontMatter("# no front matter").problems[0]!.line, 1);
  const broken = splitFrontMatter('---\nid: "6.2"\ntitle: [unclosed\nminutes: 5\n---\n');
  assert.ok(broken.problems.length > 0 && broken.problems[0]!.line >= 2);
  const ok = splitFrontMatter('---\nid: "6.2"\ntitle: T\nminutes: 5\n---\nbody');
  assert.deepEqual(ok.problems, []);
  assert.equal(ok.bodyLine, 5);
  assert.equal(ok.body, "body");
});

void test("a lesson link to an unknown lesson is an error; to a known one is fine", () => {
  const dir = fixture({
    "6.2-logistic-softmax/lesson.md": good.replace("See [it](#eq:softmax).", "See [4.4](lesson:4.4) and [x](lesson:77.7)."),
    ...exerciseFiles("6.2-logistic-softmax", "softmax"),
  });
  const messages = buildCourse(dir).diagnostics.map(formatDiagnostic);
  assert.deepEqual(messages, ['lessons/6.2-logistic-softmax/lesson.md:16: link to unknown lesson "77.7"']);
});

void test("code labels are found only in comments", () => {
  assert.deepEqual(codeLabels('const s = "eq:no";\nx = 1; // eq:softmax\n// see eq:a-b.\n'), [
    { label: "eq:softmax", line: 2 }, { label: "eq:a-b", line: 3 },
  ]);
});

void test("the repository's own lessons build except for exercise files still being written", () => {
  const r = buildCourse(root);
  const unexpected = r.diagnostics.filter((d) => !/: missing /.test(`: ${d.message}`));
  assert.deepEqual(unexpected.map(formatDiagnostic), []);
  assert.ok(r.course.lessons.some((l) => l.id === "6.2"));
});
