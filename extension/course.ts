// The course as the extension sees it: the built index (dist/course.json) plus the student's
// course workspace folder, and the mapping between the two.
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { CourseIndex, ExerciseInfo, LessonInfo } from "../protocol/course";
import { COURSE_MARKER } from "../engine/course-workspace";

export interface ExerciseLocation {
  readonly lesson: LessonInfo;
  readonly exercise: ExerciseInfo;
}

export class Course {
  private constructor(readonly index: CourseIndex, readonly distDir: string, readonly loadError?: string) {}

  static load(extensionPath: string): Course {
    const distDir = path.join(extensionPath, "dist");
    try {
      const index = JSON.parse(fs.readFileSync(path.join(distDir, "course.json"), "utf8")) as CourseIndex;
      return new Course(index, distDir);
    } catch (e) {
      const message = `The course index could not be read (${e instanceof Error ? e.message : String(e)}). Rebuild with \`npm run build\`.`;
      return new Course({ parts: [], lessons: [] }, distDir, message);
    }
  }

  lesson(id: string): LessonInfo | undefined {
    return this.index.lessons.find((l) => l.id === id);
  }

  exercise(lessonId: string, name: string): ExerciseLocation | undefined {
    const lesson = this.lesson(lessonId);
    const exercise = lesson?.exercises.find((e) => e.name === name);
    return lesson && exercise ? { lesson, exercise } : undefined;
  }

  /** The open workspace folder that is a course workspace, if any. */
  workspaceRoot(): vscode.Uri | undefined {
    return vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === "file"
      && fs.existsSync(path.join(f.uri.fsPath, COURSE_MARKER)))?.uri;
  }

  /** The exercise a file implements, judged by its path inside the course workspace. */
  exerciseAt(uri: vscode.Uri): ExerciseLocation | undefined {
    if (uri.scheme !== "file") return undefined;
    const root = this.workspaceRoot();
    if (!root) return undefined;
    const rel = path.relative(root.fsPath, uri.fsPath).split(path.sep).join("/");
    for (const lesson of this.index.lessons) {
      const exercise = lesson.exercises.find((e) => e.file === rel);
      if (exercise) return { lesson, exercise };
    }
    return undefined;
  }

  fileOf(exercise: ExerciseInfo): vscode.Uri | undefined {
    const root = this.workspaceRoot();
    return root ? vscode.Uri.joinPath(root, ...exercise.file.split("/")) : undefined;
  }
}
