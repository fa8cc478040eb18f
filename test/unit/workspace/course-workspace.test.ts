import * as assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { COURSE_MARKER, createCourseWorkspace } from "../../../engine/course-workspace";
import type { CourseIndex } from "../../../protocol/course";

function fixture() {
  const dir = mkdtempSync(join(tmpdir(), "mathlab-ws-"));
  const lessonsDir = join(dir, "lessons");
  const labTypesDir = join(dir, "lab-types");
  mkdirSync(join(lessonsDir, "6.2-softmax"), { recursive: true });
  mkdirSync(join(labTypesDir, "linalg"), { recursive: true });
  writeFileSync(join(lessonsDir, "6.2-softmax", "softmax.ts"), "export function softmax() { throw new Error('TODO'); }\n");
  writeFileSync(join(labTypesDir, "index.d.ts"), "export declare const version: string;\n");
  writeFileSync(join(labTypesDir, "linalg", "svd.d.ts"), "export {};\n");
  const course: CourseIndex = {
    parts: [{ number: 6, title: "Supervised learning", lessons: ["6.2"] }],
    lessons: [{ id: "6.2", folder: "6.2-softmax", title: "Softmax", minutes: 30, prerequisites: [], equations: [],
      exercises: [{ name: "softmax", title: "Softmax", lesson: "6.2", file: "6.2-softmax/softmax.ts" }] }],
  };
  return { target: join(dir, "course"), sources: { course, lessonsDir, labTypesDir, version: "1.2.3" } };
}

void test("creates the starters, the lab's types, a tsconfig resolving mathlab, and the marker", () => {
  const { target, sources } = fixture();
  const r = createCourseWorkspace(target, sources);
  assert.ok(r.created.includes("6.2-softmax/softmax.ts"));
  assert.ok(existsSync(join(target, ".mathlab", "lab", "linalg", "svd.d.ts")));
  const tsconfig = JSON.parse(readFileSync(join(target, "tsconfig.json"), "utf8"));
  assert.deepEqual(tsconfig.compilerOptions.paths.mathlab, ["./.mathlab/lab/index.d.ts"]);
  assert.equal(JSON.parse(readFileSync(join(target, COURSE_MARKER), "utf8")).version, "1.2.3");
});

void test("never overwrites a file the student edited, and reports it as kept", () => {
  const { target, sources } = fixture();
  createCourseWorkspace(target, sources);
  const mine = "export function softmax(x) { return x; } // my work\n";
  writeFileSync(join(target, "6.2-softmax", "softmax.ts"), mine);
  writeFileSync(join(target, "tsconfig.json"), "{ \"mine\": true }");
  const r = createCourseWorkspace(target, sources);
  assert.equal(readFileSync(join(target, "6.2-softmax", "softmax.ts"), "utf8"), mine);
  assert.equal(readFileSync(join(target, "tsconfig.json"), "utf8"), "{ \"mine\": true }");
  assert.ok(r.kept.includes("6.2-softmax/softmax.ts"));
  assert.equal(r.created.length, 0);
});

void test("a starter missing from the lessons folder is a clear error", () => {
  const { target, sources } = fixture();
  const broken = { ...sources, lessonsDir: join(sources.lessonsDir, "nope") };
  assert.throws(() => createCourseWorkspace(target, broken), /ENOENT|no such file/);
});
