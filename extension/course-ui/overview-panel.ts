// The course overview webview: every part and lesson with its progress, "Continue" (the first
// unverified exercise of the lesson worked on last), and a click to any lesson or exercise.
// One panel; it redraws whenever progress changes.
import * as vscode from "vscode";
import type { ExtensionToOverview, OverviewState, OverviewToExtension } from "../../protocol/webview";
import type { Course } from "../course";
import { makeNonce } from "../webview-html";
import type { CourseProgress } from "./course-progress";
import { overviewHtml } from "./overview-html";
import { continueTarget, overviewState } from "./progress-model";

export const overviewViewType = "mathlab.overview";

export class OverviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly course: Course, private readonly progress: CourseProgress, private readonly distUri: vscode.Uri,
    progressChanged: readonly vscode.Event<void>[]) {
    for (const event of progressChanged) this.subscriptions.push(event(() => this.update()));
  }

  state(): OverviewState {
    return overviewState(this.course.index, this.progress.snapshot(), this.course.workspaceRoot() !== undefined);
  }

  /** Opens (or reveals) the overview; returns the state it shows. */
  open(): OverviewState {
    const state = this.state();
    if (this.panel) {
      this.panel.reveal();
      this.post(state);
      return state;
    }
    const panel = vscode.window.createWebviewPanel(overviewViewType, "Course Overview", vscode.ViewColumn.Active, options(this.distUri));
    this.attach(panel, state);
    return state;
  }

  /** Fills a panel (new, or restored after a reload). */
  attach(panel: vscode.WebviewPanel, state = this.state()): void {
    this.panel?.dispose();
    this.panel = panel;
    panel.title = "Course Overview";
    panel.webview.options = options(this.distUri);
    const webviewsBase = panel.webview.asWebviewUri(vscode.Uri.joinPath(this.distUri, "webviews")).toString();
    panel.webview.html = overviewHtml({ state, cspSource: panel.webview.cspSource, nonce: makeNonce(), webviewsBase });
    const sub = panel.webview.onDidReceiveMessage((msg: OverviewToExtension) => { void this.handle(msg); });
    panel.onDidDispose(() => {
      sub.dispose();
      if (this.panel === panel) this.panel = undefined;
    });
  }

  private update(): void {
    if (this.panel) this.post(this.state());
  }

  private post(state: OverviewState): void {
    void this.panel?.webview.postMessage({ type: "progress", state } satisfies ExtensionToOverview);
  }

  private async handle(msg: OverviewToExtension): Promise<void> {
    switch (msg.type) {
      case "ready":
        this.update();
        return;
      case "openLesson":
        await vscode.commands.executeCommand("mathlab.openLesson", msg.lessonId);
        return;
      case "openExercise":
        await vscode.commands.executeCommand("mathlab.openExercise", msg.lessonId, msg.exercise);
        return;
      case "continue": {
        const at = continueTarget(this.course.index, this.progress.snapshot());
        if (!at) {
          void vscode.window.showInformationMessage("Every exercise of the course is verified. Well done!");
          return;
        }
        await vscode.commands.executeCommand("mathlab.openExercise", at.lessonId, at.exercise);
        await vscode.commands.executeCommand("mathlab.openLesson", at.lessonId);
        return;
      }
      case "openCourse":
        await vscode.commands.executeCommand("mathlab.openCourse");
        return;
      default: {
        const never: never = msg;
        throw new Error(`unknown overview message ${JSON.stringify(never)}`);
      }
    }
  }

  dispose(): void {
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

function options(distUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(distUri, "webviews")] };
}
