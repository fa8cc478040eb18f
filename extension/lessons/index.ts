// Lessons in the editor: the lesson panels (and their serializer), equation ↔ code links.
import * as vscode from "vscode";
import type { LessonPage } from "../../protocol/webview";
import type { Course } from "../course";
import { fillDemoPanel, isDemoKind, openDemoPanel, demoViewType } from "./demo-panel";
import type { DemoKind } from "./demo-html";
import { EquationLens } from "./equation-lens";
import { isLessonState, LessonPanels, lessonViewType, lessonWebviewOptions } from "./lesson-panel";
import { revealEquationInCode } from "./reveal-equation";

export { EquationLens } from "./equation-lens";
export { revealEquationInCode } from "./reveal-equation";
export type { DemoKind } from "./demo-html";

export interface Lessons {
  openLesson(lessonId: string, equation?: string): Promise<void>;
  revealEquationInCode(lessonId: string, label: string): Promise<boolean>;
  /** Opens an ONNX demo webview ("attention" or "diffusion"); for a `mathlab.openDemo` command. */
  openDemo(kind: DemoKind): void;
}

export interface LessonsDeps {
  readonly course: Course;
  /** The extension's dist/ folder. */
  readonly distUri: vscode.Uri;
}

export function registerLessons(context: vscode.ExtensionContext, deps: LessonsDeps): Lessons {
  const loadPage = async (lessonId: string): Promise<LessonPage | undefined> => {
    if (!/^\d+\.\d+$/.test(lessonId)) return undefined;
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(deps.distUri, "lessons", `${lessonId}.json`));
      return JSON.parse(new TextDecoder().decode(bytes)) as LessonPage;
    } catch {
      return undefined;
    }
  };
  const panels = new LessonPanels({ distUri: deps.distUri, loadPage });
  context.subscriptions.push(
    panels,
    vscode.window.registerWebviewPanelSerializer(lessonViewType, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
        const page = isLessonState(state) ? await loadPage(state.lessonId) : undefined;
        if (!page) {
          panel.dispose();
          return;
        }
        panel.webview.options = lessonWebviewOptions(deps.distUri);
        await panels.attach(panel, page);
      },
    }),
    vscode.window.registerWebviewPanelSerializer(demoViewType, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
        const kind = (state as { kind?: unknown } | undefined)?.kind;
        if (isDemoKind(kind)) fillDemoPanel(panel, kind, deps.distUri);
        else panel.dispose();
      },
    }),
    vscode.languages.registerCodeLensProvider({ scheme: "file", language: "typescript" }, new EquationLens(deps.course)),
  );
  return {
    openLesson: (lessonId, equation) => panels.open(lessonId, equation),
    revealEquationInCode: (lessonId, label) => revealEquationInCode(deps.course, lessonId, label),
    openDemo: (kind) => { if (isDemoKind(kind)) openDemoPanel(kind, deps.distUri); },
  };
}
