// ML Math Lab's entry point: wires the lesson tree, lesson views, CodeLens, verification and the
// shape checker together. Nothing heavy is loaded here: the engine (onnxruntime, the transpiler)
// is required on first use (testing/engine-loader.ts), vscode-languageclient just after activation
// (language-client.ts), tree-sitter lives in the server process and KaTeX runs at build time.
import * as vscode from "vscode";
import { Course } from "./course";
import { createCommands } from "./commands";
import { registerCourseUi } from "./course-ui";
import { ExerciseLens } from "./exercise-lens";
import { createShapeClient } from "./language-client";
import { LessonTree } from "./lesson-tree";
import { registerLessons } from "./lessons";
import { createVerification } from "./testing";
import { activationTiming, describeTiming, loadStart, type ActivationTiming } from "./timing";
import type { LanguageClient } from "vscode-languageclient/node";

// Imports are evaluated first, so this line runs when the rest of the bundle has been loaded.
const loadedAt = performance.now();
const start = loadStart(loadedAt);

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): ActivationTiming {
  const activateStart = performance.now();
  const course = Course.load(context.extensionPath);
  if (course.loadError) void vscode.window.showErrorMessage(`ML Math Lab: ${course.loadError}`);
  void vscode.commands.executeCommand("setContext", "mathlab.courseOpen", course.workspaceRoot() !== undefined);

  const verification = createVerification(context, { course });
  const lessons = registerLessons(context, { course, distUri: vscode.Uri.joinPath(context.extensionUri, "dist") });
  const courseUi = registerCourseUi(context, { course, extensionPath: context.extensionPath, progressChanged: [verification.onDidChange] });
  const tree = new LessonTree(course, verification, courseUi.progress);
  const lens = new ExerciseLens(course, verification);
  const view = vscode.window.createTreeView("mathlab.lessons", { treeDataProvider: tree, showCollapseAll: true });

  const courseFiles: vscode.DocumentSelector = { scheme: "file", language: "typescript" };
  context.subscriptions.push(
    tree, view, lens,
    vscode.languages.registerCodeLensProvider(courseFiles, lens),
    ...createCommands({ context, course, tree, lessons, verification, courseUi, restartServer: () => client?.restart() }),
  );
  // The shape checker starts just after activation returns: activation waits neither for
  // vscode-languageclient to load nor for the server (tree-sitter) to come up.
  const startClient = setTimeout(() => {
    client = createShapeClient(context);
    client.start().catch((e: unknown) => {
      void vscode.window.showWarningMessage(`ML Math Lab: the shape checker did not start (${e instanceof Error ? e.message : String(e)}).`);
    });
  }, 0);
  context.subscriptions.push(new vscode.Disposable(() => clearTimeout(startClient)));
  const timing = activationTiming(start, loadedAt, activateStart);
  verification.log(describeTiming(timing));
  return timing;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
