// Verification inside VS Code: the Testing UI, ✓ Verify / ▶ Run, and the last status per exercise.
//
//   const verification = createVerification(context, { course });
//   await verification.verify(uri, "softmax");   // → VerifyReport (protocol/verify.ts); also shown in the Testing UI
//   await verification.run(uri, "softmax");      // → RunReport; printed tensors go to the "ML Math Lab" output channel
//   verification.statusOf("6.2", "softmax");     // "not-started" | "attempted" | "verified" (progress store)
//   verification.lastResult(uri, "softmax");     // { passed, summary } of the last Verify in this session, for the CodeLens
//   verification.onDidChange(() => …);           // fires after every Verify (tree, CodeLens)
//
// The Testing UI shows lesson → exercise → case groups ("random cases", "edge cases"); failures are
// TestMessages with expected/actual output located at the student's function. The Run profile
// supports continuous run: saving an exercise file re-verifies it. Tests reach the controller, the
// profile and the reported outcomes through the hook in ./probe.ts.
import * as path from "node:path";
import * as vscode from "vscode";
import type { Engine, EngineOptions } from "../../engine/verify";
import { ProgressStore } from "../../engine/progress";
import type { Course } from "../course";
import type { ExerciseStatus, RunReport, VerifyReport } from "../../protocol/verify";
import { engineLoadedAt, loadEngine } from "./engine-loader";
import { publishProbe, recordingRun } from "./probe";
import type { ReportedOutcome } from "./probe";
import { ReportWriter } from "./report";
import { TestTree } from "./tree";

export interface VerificationOptions {
  readonly course: Course;
}

export interface Verification extends vscode.Disposable {
  verify(uri: vscode.Uri, exerciseName?: string): Promise<VerifyReport | undefined>;
  run(uri: vscode.Uri, exerciseName?: string): Promise<RunReport | undefined>;
  statusOf(lessonId: string, exerciseName: string): ExerciseStatus;
  lastResult(uri: vscode.Uri, exerciseName: string): { passed: boolean; summary: string } | undefined;
  readonly onDidChange: vscode.Event<void>;
  /** Same event as onDidChange (kept for callers that name it after the status). */
  readonly onDidChangeStatus: vscode.Event<void>;
  /** Writes one line to the "ML Math Lab" output channel. */
  log(line: string): void;
}

export function createVerification(context: vscode.ExtensionContext, opts: VerificationOptions): Verification {
  const v = new VerificationImpl(context, opts.course);
  context.subscriptions.push(v);
  return v;
}

/** "3/22 cases", "wrong-axis", "timeout": what the CodeLens says after ✗. */
export function summarize(r: VerifyReport): string {
  if (r.passed) return `${r.cases} cases`;
  if (r.error) return r.error.kind;
  if (r.diagnosis) return r.diagnosis.id;
  return `${r.results.filter((c) => c.passed).length}/${r.cases} cases`;
}

class VerificationImpl implements Verification {
  private readonly engineOptions: EngineOptions;
  private engineInstance: Engine | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  readonly onDidChangeStatus = this.changed.event;
  private readonly last = new Map<string, VerifyReport>();
  private readonly output = vscode.window.createOutputChannel("ML Math Lab");
  private readonly controller = vscode.tests.createTestController("mathlab", "ML Math Lab");
  private readonly tree: TestTree;
  private readonly writer: ReportWriter;
  private readonly disposables: vscode.Disposable[] = [];
  private store: { root: string; store: ProgressStore } | null = null;
  /** What was reported into test runs (read by the tests through ./probe.ts). */
  private readonly outcomes: ReportedOutcome[] = [];

  constructor(context: vscode.ExtensionContext, private readonly course: Course) {
    const config = vscode.workspace.getConfiguration("mathlab");
    this.engineOptions = {
      distRoot: path.join(context.extensionPath, "dist"),
      timeoutSeconds: config.get<number>("verify.timeoutSeconds") ?? 5,
      memoryMb: config.get<number>("verify.memoryMb") ?? 512,
      // The packaged extension has no esbuild: it transpiles with the TypeScript that ships in VS Code.
      typescriptPath: path.join(vscode.env.appRoot, "extensions", "node_modules", "typescript"),
      // Expected outputs of ONNX oracles survive restarts in the extension's own storage.
      cacheDir: path.join(context.globalStorageUri.fsPath, "expected"),
    };
    this.tree = new TestTree(this.controller, course);
    this.writer = new ReportWriter();
    const profile = this.controller.createRunProfile("Verify", vscode.TestRunProfileKind.Run,
      (request, token) => this.runRequest(request, token), true, undefined, true);
    this.disposables.push(this.controller, profile, this.output, this.changed,
      publishProbe({ controller: this.controller, runProfile: profile, verification: this as Verification, outcomes: this.outcomes,
        engineLoadedAt }));
    // Off the activation path: start the warm sandbox process, load the transpiler and compile
    // onnxruntime's wasm; then have the expected outputs of the exercise in the editor ready, so the
    // first ✓ Verify only runs the student's code.
    const prepareActive = (editor: vscode.TextEditor | undefined): void => {
      const key = editor ? this.keyOf(editor.document.uri) : undefined;
      this.engine.prepare(key).catch(() => undefined);
    };
    const warmUp = setTimeout(() => prepareActive(vscode.window.activeTextEditor), 1000);
    this.disposables.push(new vscode.Disposable(() => clearTimeout(warmUp)),
      vscode.window.onDidChangeActiveTextEditor((e) => { if (e) prepareActive(e); }));
  }

  /** The engine, loaded and created on first use (see ./engine-loader.ts). */
  private get engine(): Engine {
    this.engineInstance ??= new (loadEngine().Engine)(this.engineOptions);
    return this.engineInstance;
  }

  dispose(): void {
    this.engineInstance?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  log(line: string): void {
    this.output.appendLine(line);
  }

  private progress(): ProgressStore | null {
    const root = this.course.workspaceRoot()?.fsPath;
    if (!root) return null;
    if (this.store?.root !== root) this.store = { root, store: new ProgressStore(root) };
    return this.store.store;
  }

  statusOf(lessonId: string, exerciseName: string): ExerciseStatus {
    return this.progress()?.get(`${lessonId}/${exerciseName}`).status ?? "not-started";
  }

  lastResult(uri: vscode.Uri, exerciseName: string): { passed: boolean; summary: string } | undefined {
    const r = this.last.get(`${uri.toString()}#${exerciseName}`);
    return r ? { passed: r.passed, summary: summarize(r) } : undefined;
  }

  private keyOf(uri: vscode.Uri, exerciseName?: string): string | undefined {
    const at = this.course.exerciseAt(uri);
    if (at) return `${at.lesson.id}/${exerciseName ?? at.exercise.name}`;
    const guess = this.engine.exerciseOf(uri.fsPath);
    return guess && exerciseName ? `${guess.split("/")[0]}/${exerciseName}` : guess ?? undefined;
  }

  private source(uri: vscode.Uri): string | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText();
  }

  /** Verifies one file, reporting into the Testing UI as one test run. */
  async verify(uri: vscode.Uri, exerciseName?: string): Promise<VerifyReport | undefined> {
    const key = this.keyOf(uri, exerciseName);
    if (!key) {
      void vscode.window.showWarningMessage("This file is not an exercise of the course.");
      return undefined;
    }
    const item = this.tree.exerciseItem(key, uri);
    const run = this.createRun(new vscode.TestRunRequest([item]), `Verify ${key}`, false);
    try {
      return await this.verifyItem(run, item, key, uri);
    } finally {
      run.end();
    }
  }

  private async verifyItem(run: vscode.TestRun, item: vscode.TestItem, key: string, uri: vscode.Uri): Promise<VerifyReport> {
    run.started(item);
    const progress = this.progress();
    const report = await this.engine.verify({ file: uri.fsPath, source: this.source(uri), exercise: key,
      hintsUsed: progress?.get(key).hintsUsed ?? 0 });
    this.writer.write(run, item, report, uri, this.tree);
    this.last.set(`${uri.toString()}#${key.split("/")[1]}`, report);
    try { progress?.recordVerify(key, report.passed); } catch (e: unknown) {
      this.output.appendLine(`progress could not be saved: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (report.logs.length) {
      this.output.appendLine(`— console output of ${key} —`);
      for (const l of report.logs) this.output.appendLine(l);
    }
    this.changed.fire();
    return report;
  }

  async run(uri: vscode.Uri, exerciseName?: string): Promise<RunReport | undefined> {
    const key = this.keyOf(uri, exerciseName);
    if (!key) return undefined;
    const report = await this.engine.run({ file: uri.fsPath, source: this.source(uri), exercise: key });
    this.output.appendLine(`▶ ${key}${report.title ? ` — ${report.title}` : ""}`);
    this.output.appendLine(report.text);
    if (report.error) this.output.appendLine(`✗ ${report.error.message}`);
    this.output.appendLine(`(${Math.round(report.ms)} ms)\n`);
    this.output.show(true);
    return report;
  }

  private createRun(request: vscode.TestRunRequest, name?: string, persist?: boolean): vscode.TestRun {
    return recordingRun(this.controller.createTestRun(request, name, persist), this.outcomes);
  }

  /** The Testing UI's Run (and continuous run: re-verify on save, until the run is cancelled). */
  private async runRequest(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    const targets = (): { item: vscode.TestItem; key: string; uri: vscode.Uri }[] =>
      this.tree.exercisesIn(request.include, request.exclude);
    if (request.continuous) {
      const sub = vscode.workspace.onDidSaveTextDocument(async (doc) => {
        const hit = targets().filter((t) => t.uri.toString() === doc.uri.toString());
        if (hit.length === 0) return;
        const run = this.createRun(request, "Verify on save", false);
        try {
          for (const t of hit) await this.verifyItem(run, t.item, t.key, t.uri);
        } catch (e: unknown) {
          this.output.appendLine(`verify on save failed: ${e instanceof Error ? e.message : String(e)}`);
        } finally {
          run.end();
        }
      });
      this.disposables.push(sub);
      // The run stays active until VS Code (or the student) stops it.
      await new Promise<void>((resolve) => {
        if (token.isCancellationRequested) resolve();
        token.onCancellationRequested(() => resolve());
      });
      sub.dispose();
      return;
    }
    const run = this.createRun(request);
    for (const t of targets()) {
      if (token.isCancellationRequested) break;
      await this.verifyItem(run, t.item, t.key, t.uri);
    }
    run.end();
  }
}
