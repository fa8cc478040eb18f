// Every command of the extension, registered from one table (the manifest test checks that this
// table and package.json's contributes.commands agree).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import { createCourseWorkspace } from "../engine/course-workspace";
import type { Course } from "./course";
import type { CourseUi } from "./course-ui";
import { findFunctionLine } from "./exercise-lens";
import type { LessonTree } from "./lesson-tree";
import { RunPanel } from "./run-panel";
import type { Lessons } from "./lessons";
import type { Verification } from "./testing";

export interface CommandDeps {
  readonly context: vscode.ExtensionContext;
  readonly course: Course;
  readonly tree: LessonTree;
  readonly lessons: Lessons;
  readonly verification: Verification;
  /** Hints, model solutions, reset and the course overview (extension/course-ui). */
  readonly courseUi: CourseUi;
  readonly restartServer: () => Promise<void> | undefined;
}

/** Options for `mathlab.openCourse` when called from code (tests, walkthrough). */
export interface OpenCourseOptions {
  readonly folder?: string;
  /** false: create/refresh the files but do not switch VS Code to the folder. */
  readonly open?: boolean;
}

export function createCommands(deps: CommandDeps): vscode.Disposable[] {
  const table: Record<string, (...args: any[]) => unknown> = {
    "mathlab.openCourse": (options?: OpenCourseOptions) => openCourse(deps, options),
    "mathlab.openLesson": (lessonId?: string, equation?: string) => openLesson(deps, lessonId, equation),
    "mathlab.openExercise": (lessonId: string, name: string) => openExercise(deps, lessonId, name),
    "mathlab.openDemo": (kind?: string) => openDemo(deps, kind),
    "mathlab.verify": (uri?: vscode.Uri, name?: string) => withExercise(deps, uri, name, (u, n) => deps.verification.verify(u, n)),
    "mathlab.run": (uri?: vscode.Uri, name?: string) => withExercise(deps, uri, name, async (u, n) => {
      const report = await deps.verification.run(u, n);
      if (report && report.plots.length > 0) runPanelOf(deps).show(report);
      return report;
    }),
    "mathlab.refreshLessons": () => deps.tree.refresh(),
    "mathlab.revealEquationInCode": (lessonId: string, label: string) => deps.lessons.revealEquationInCode(lessonId, label),
    "mathlab.restartServer": () => deps.restartServer(),
    ...deps.courseUi.commands,
  };
  return Object.entries(table).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
}

let runPanel: RunPanel | undefined;

/** The ▶ Run results panel, made on the first run that has figures. */
function runPanelOf(deps: CommandDeps): RunPanel {
  if (!runPanel) {
    const panel = new RunPanel(vscode.Uri.joinPath(deps.context.extensionUri, "dist"));
    runPanel = panel;
    deps.context.subscriptions.push(panel, { dispose: () => { runPanel = undefined; } });
  }
  return runPanel;
}

export function defaultCourseFolder(): string {
  const configured = vscode.workspace.getConfiguration("mathlab").get<string>("courseFolder");
  return configured && configured.trim() ? configured.replace(/^~(?=$|\/)/, os.homedir()) : path.join(os.homedir(), "ml-math-lab-course");
}

async function openCourse(deps: CommandDeps, options: OpenCourseOptions = {}): Promise<string | undefined> {
  const folder = path.resolve(options.folder ?? defaultCourseFolder());
  const pkg = deps.context.extension.packageJSON as { version: string };
  const result = createCourseWorkspace(folder, {
    course: deps.course.index,
    lessonsDir: path.join(deps.context.extensionPath, "lessons"),
    labTypesDir: path.join(deps.context.extensionPath, "dist", "lab-types"),
    version: pkg.version,
  });
  const already = vscode.workspace.workspaceFolders?.some((f) => f.uri.fsPath === folder);
  if (options.open === false || already) {
    if (already) {
      deps.tree.refresh();
      void vscode.commands.executeCommand("setContext", "mathlab.courseOpen", true);
      void vscode.window.showInformationMessage(`Course workspace ready: ${result.created.length} new files, your ${result.kept.length} existing files kept.`);
    }
    return folder;
  }
  await vscode.commands.executeCommand("vscode.openFolder", vscode.Uri.file(folder), { forceReuseWindow: !vscode.workspace.workspaceFolders?.length });
  return folder;
}

async function openLesson(deps: CommandDeps, lessonId?: string, equation?: string): Promise<void> {
  let id = lessonId;
  if (!id) {
    const pick = await vscode.window.showQuickPick(
      deps.course.index.lessons.map((l) => ({ label: `${l.id} ${l.title}`, description: `${l.minutes} min`, id: l.id })),
      { placeHolder: "Which lesson?", matchOnDescription: true },
    );
    id = pick?.id;
  }
  if (!id) return;
  if (!deps.course.lesson(id)) {
    void vscode.window.showErrorMessage(`ML Math Lab: there is no lesson ${id} in this course.`);
    return;
  }
  await deps.lessons.openLesson(id, equation);
}

const demos = [
  { demo: "attention", label: "Attention weights", detail: "Scaled dot-product attention: sequence length and temperature sliders" },
  { demo: "diffusion", label: "Diffusion on 2-D points", detail: "The reverse process turning noise into a ring of Gaussians" },
] as const;

async function openDemo(deps: CommandDeps, kind?: string): Promise<void> {
  const chosen = kind ?? (await vscode.window.showQuickPick(demos.map((d) => ({ ...d })), { placeHolder: "Which demo?" }))?.demo;
  if (!chosen) return;
  if (!demos.some((d) => d.demo === chosen)) {
    void vscode.window.showErrorMessage(`ML Math Lab: there is no demo called "${chosen}" (try ${demos.map((d) => d.demo).join(" or ")}).`);
    return;
  }
  deps.lessons.openDemo(chosen as (typeof demos)[number]["demo"]);
}

async function openExercise(deps: CommandDeps, lessonId: string, name: string): Promise<vscode.TextEditor | undefined> {
  const at = deps.course.exercise(lessonId, name);
  if (!at) {
    void vscode.window.showErrorMessage(`ML Math Lab: lesson ${lessonId} has no exercise "${name}".`);
    return undefined;
  }
  const uri = deps.course.fileOf(at.exercise);
  if (!uri) {
    const choice = await vscode.window.showInformationMessage(
      "Exercises live in your course workspace, which is not open in this window.", "Open Course");
    if (choice === "Open Course") await vscode.commands.executeCommand("mathlab.openCourse");
    return undefined;
  }
  if (!fs.existsSync(uri.fsPath)) {
    // A lesson added after the workspace was made: bring its starter in (never overwriting).
    await openCourse(deps, { folder: deps.course.workspaceRoot()!.fsPath, open: false });
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  const line = Math.max(0, findFunctionLine(doc.getText(), name));
  return vscode.window.showTextDocument(doc, {
    viewColumn: vscode.ViewColumn.One,
    selection: new vscode.Range(line, 0, line, 0),
  });
}

async function withExercise(deps: CommandDeps, uri: vscode.Uri | undefined, name: string | undefined,
  action: (uri: vscode.Uri, name: string) => Promise<unknown>): Promise<unknown> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  const at = target ? deps.course.exerciseAt(target) : undefined;
  if (!target || !at) {
    void vscode.window.showErrorMessage("ML Math Lab: open an exercise file of your course workspace first.");
    return undefined;
  }
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage("ML Math Lab runs your code only in a trusted workspace. Trust this folder to run and verify exercises.");
    return undefined;
  }
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  if (doc?.isDirty) await doc.save();
  return action(target, name ?? at.exercise.name);
}
