// Creates (or refreshes) a student's course workspace: the folder they open in VS Code, holding
// their exercise files, the lab's type declarations and a tsconfig that resolves "mathlab".
// Never overwrites a file the student may have edited: starters are copied only when absent.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { CourseIndex } from "../protocol/course";

/** Marker file: its presence makes VS Code activate the extension in this folder. */
export const COURSE_MARKER = ".mathlab/course.json";

export interface CourseWorkspaceSources {
  /** dist/course.json, as built. */
  readonly course: CourseIndex;
  /** The lessons/ folder holding the starters. */
  readonly lessonsDir: string;
  /** Folder of the lab's generated .d.ts files (dist/lab-types). */
  readonly labTypesDir: string;
  /** Version of the extension writing the workspace. */
  readonly version: string;
}

export interface CourseWorkspaceResult {
  readonly created: string[];
  readonly kept: string[];
}

const tsconfig = {
  compilerOptions: {
    target: "ES2022",
    lib: ["ES2022"],
    module: "preserve",
    moduleResolution: "bundler",
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    paths: { mathlab: ["./.mathlab/lab/index.d.ts"] },
  },
  include: ["**/*.ts"],
  exclude: [".mathlab/progress*"],
};

const settings = {
  "files.exclude": { "**/.mathlab/lab": true },
};

export function createCourseWorkspace(target: string, sources: CourseWorkspaceSources): CourseWorkspaceResult {
  const created: string[] = [];
  const kept: string[] = [];
  mkdirSync(join(target, ".mathlab"), { recursive: true });

  // Generated files: always refreshed (the student does not edit these).
  copyTree(sources.labTypesDir, join(target, ".mathlab", "lab"));
  writeAtomically(join(target, COURSE_MARKER), JSON.stringify({ version: sources.version, lessons: sources.course.lessons.length }, null, 2));

  // Files the student may edit: written only when absent.
  const once = (rel: string, content: () => string | Buffer) => {
    const file = join(target, rel);
    if (existsSync(file)) { kept.push(rel); return; }
    mkdirSync(dirname(file), { recursive: true });
    writeAtomically(file, content());
    created.push(rel);
  };
  once("tsconfig.json", () => JSON.stringify(tsconfig, null, 2) + "\n");
  once(".vscode/settings.json", () => JSON.stringify(settings, null, 2) + "\n");
  once("README.md", () => readmeText(sources.course));
  for (const lesson of sources.course.lessons) {
    for (const exercise of lesson.exercises) {
      once(exercise.file, () => readFileSync(join(sources.lessonsDir, exercise.file)));
    }
  }
  return { created, kept };
}

function readmeText(course: CourseIndex): string {
  const exercises = course.lessons.reduce((n, l) => n + l.exercises.length, 0);
  return [
    "# My ML Math Lab course",
    "",
    `This folder holds your ${exercises} exercises, one folder per lesson. Open the ML Math Lab view in the`,
    "activity bar to read a lesson, then write the function in its exercise file and click ✓ Verify above it.",
    "",
    "Your files are yours: reopening the course never overwrites them. `.mathlab/` holds your progress.",
    "",
  ].join("\n");
}

function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const src = join(from, entry.name);
    const dst = join(to, entry.name);
    if (entry.isDirectory()) copyTree(src, dst);
    else copyFileSync(src, dst);
  }
}

function writeAtomically(file: string, content: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}
