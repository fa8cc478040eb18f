// node --import tsx scripts/make-course.ts <dir>: creates (or refreshes) a course workspace from dist/.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createCourseWorkspace } from "../engine/course-workspace";
import type { CourseIndex } from "../protocol/course";

const root = resolve(__dirname, "..");
const target = process.argv[2];
if (!target) {
  console.error("usage: make-course.ts <folder>");
  process.exit(2);
}
const course = JSON.parse(readFileSync(join(root, "dist", "course.json"), "utf8")) as CourseIndex;
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
const result = createCourseWorkspace(resolve(target), {
  course,
  lessonsDir: join(root, "lessons"),
  labTypesDir: join(root, "dist", "lab-types"),
  version,
});
console.log(`course workspace ${resolve(target)}: ${result.created.length} files created, ${result.kept.length} kept`);
