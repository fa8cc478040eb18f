// Lesson webview panels: one per lesson, restored after a reload by the panel serializer.
import * as vscode from "vscode";
import type { LessonPage, LessonPersistedState, LessonToExtension, ExtensionToLesson } from "../../protocol/webview";
import type { HintAnswer } from "../course-ui/progress-model";
import { lessonHtml } from "./lesson-html";
import { firstScreenFontFiles } from "./first-screen-fonts";
import type { LessonAssets } from "./lesson-assets";
import { makeNonce } from "../webview-html";

export const lessonViewType = "mathlab.lesson";

export interface LessonPanelDeps {
  readonly distUri: vscode.Uri;
  readonly loadPage: (lessonId: string) => Promise<LessonPage | undefined>;
}

export function lessonWebviewOptions(distUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(distUri, "webviews")],
  };
}

export class LessonPanels implements vscode.Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  /** What every lesson page inlines (stylesheets, boot script, fonts), read on the first open and kept for the session. */
  private assets: Promise<LessonAssets> | undefined;

  constructor(private readonly deps: LessonPanelDeps) {}

  async open(lessonId: string, equation?: string): Promise<void> {
    const existing = this.panels.get(lessonId);
    if (existing) {
      existing.reveal(existing.viewColumn ?? vscode.ViewColumn.Beside);
      if (equation) void existing.webview.postMessage({ type: "scrollToEquation", label: equation } satisfies ExtensionToLesson);
      return;
    }
    const page = await this.deps.loadPage(lessonId);
    if (!page) {
      void vscode.window.showErrorMessage(`ML Math Lab: lesson ${lessonId} has not been built (run npm run build).`);
      return;
    }
    const panel = vscode.window.createWebviewPanel(lessonViewType, `${page.id} ${page.title}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, lessonWebviewOptions(this.deps.distUri));
    await this.attach(panel, page, equation);
  }

  private loadAssets(): Promise<LessonAssets> {
    const bytes = (...path: string[]): Thenable<Uint8Array> => vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.deps.distUri, "webviews", ...path));
    const text = async (...path: string[]): Promise<string> => new TextDecoder().decode(await bytes(...path));
    // A font file that cannot be read is left out: its face is then fetched as an @font-face rule says.
    const font = (file: string): Promise<[string, string] | undefined> => Promise.resolve(bytes("katex", "fonts", file))
      .then((b) => [file, Buffer.from(b).toString("base64")] as [string, string], () => undefined);
    if (!this.assets) {
      const loading = Promise.all([text("katex", "katex.min.css"), text("lesson.css"), text("lesson-boot.js"), Promise.all(firstScreenFontFiles.map(font))])
        .then(([katex, lesson, boot, fonts]) => ({ katex, lesson, boot, fonts: Object.fromEntries(fonts.filter((f) => f !== undefined)) }));
      // A failed read (a half-built dist/) is tried again on the next open.
      loading.catch(() => { if (this.assets === loading) this.assets = undefined; });
      this.assets = loading;
    }
    return this.assets;
  }

  /** Fills a panel (new or restored by the serializer) with a lesson and wires its messages. */
  async attach(panel: vscode.WebviewPanel, page: LessonPage, equation?: string): Promise<void> {
    this.panels.get(page.id)?.dispose();
    this.panels.set(page.id, panel);
    panel.title = `${page.id} ${page.title}`;
    panel.iconPath = vscode.Uri.joinPath(this.deps.distUri, "..", "media", "lesson.svg");
    const webviewsBase = panel.webview.asWebviewUri(vscode.Uri.joinPath(this.deps.distUri, "webviews")).toString();
    const sub = panel.webview.onDidReceiveMessage((msg: LessonToExtension) => { void this.handle(panel, msg); });
    let disposed = false;
    panel.onDidDispose(() => {
      disposed = true;
      sub.dispose();
      if (this.panels.get(page.id) === panel) this.panels.delete(page.id);
    });
    let assets: LessonAssets;
    try {
      assets = await this.loadAssets();
    } catch {
      void vscode.window.showErrorMessage("ML Math Lab: the lesson page's stylesheets or boot script are missing from dist/webviews (run npm run build).");
      return;
    }
    if (disposed) return;
    panel.webview.html = lessonHtml({ page, cspSource: panel.webview.cspSource, nonce: makeNonce(), webviewsBase, assets, ...(equation ? { equation } : {}) });
  }

  private async handle(panel: vscode.WebviewPanel, msg: LessonToExtension): Promise<void> {
    switch (msg.type) {
      case "ready":
        return;
      case "openExercise":
        await vscode.commands.executeCommand("mathlab.openExercise", msg.lessonId, msg.exercise);
        return;
      case "revealEquationInCode":
        await vscode.commands.executeCommand("mathlab.revealEquationInCode", msg.lessonId, msg.label);
        return;
      case "openLesson":
        await vscode.commands.executeCommand("mathlab.openLesson", msg.lessonId, msg.equation);
        return;
      case "copyLatex":
        await vscode.env.clipboard.writeText(msg.latex);
        void panel.webview.postMessage({ type: "copied", latex: msg.latex } satisfies ExtensionToLesson);
        return;
      case "openExternal":
        await openExternalAfterConfirmation(msg.href);
        return;
      case "showHint": {
        const answer = await vscode.commands.executeCommand<HintAnswer | undefined>("mathlab.showHint", msg.lessonId, msg.exercise, { notify: false });
        if (!answer) return;
        const text = answer.kind === "hint" ? `Hint ${answer.number} of ${answer.total}: ${answer.text}` : answer.message;
        void panel.webview.postMessage({ type: "hint", exercise: msg.exercise, text, locked: answer.kind !== "hint" } satisfies ExtensionToLesson);
        return;
      }
      case "showSolution":
        await vscode.commands.executeCommand("mathlab.showSolution", msg.lessonId, msg.exercise);
        return;
      default: {
        const never: never = msg;
        throw new Error(`unknown lesson message ${JSON.stringify(never)}`);
      }
    }
  }

  dispose(): void {
    for (const p of this.panels.values()) p.dispose();
    this.panels.clear();
  }
}

async function openExternalAfterConfirmation(href: string): Promise<void> {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(href, true);
  } catch {
    return;
  }
  if (uri.scheme !== "https" && uri.scheme !== "http") return;
  const open = "Open";
  const choice = await vscode.window.showInformationMessage(`Open ${uri.toString(true)} in your browser?`, { modal: true }, open);
  if (choice === open) await vscode.env.openExternal(uri);
}

export function isLessonState(value: unknown): value is LessonPersistedState {
  return typeof value === "object" && value !== null && typeof (value as { lessonId?: unknown }).lessonId === "string";
}
