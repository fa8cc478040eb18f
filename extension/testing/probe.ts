// A small hook for the extension-host tests. VS Code has no API to read another extension's test
// results (`vscode.tests.testResults` is proposed API), so the Verification publishes, under
// `globalThis[Symbol.for("mathlab.testing")]`, its TestController, its Run profile (whose
// runHandler a test calls with a continuous TestRunRequest, as VS Code does) and the outcomes it
// reported into test runs. Nothing in the product reads it.
import * as vscode from "vscode";

export type OutcomeState = "started" | "passed" | "failed" | "errored";

export interface ReportedOutcome {
  /** The TestItem's id: "6.2", "6.2/softmax", "6.2/softmax#random". */
  readonly id: string;
  readonly state: OutcomeState;
  readonly messages: readonly vscode.TestMessage[];
  /** The run's name ("Verify 6.2/softmax", "Verify on save"). */
  readonly run: string | undefined;
}

export interface VerificationProbe<V> {
  readonly controller: vscode.TestController;
  readonly runProfile: vscode.TestRunProfile;
  readonly verification: V;
  /** Outcomes reported into test runs, oldest first (the last 500). */
  readonly outcomes: readonly ReportedOutcome[];
  /** performance.now() when the engine module was first evaluated (undefined until then). */
  readonly engineLoadedAt: () => number | undefined;
}

export const PROBE_KEY = Symbol.for("mathlab.testing");

const LIMIT = 500;

/** Wraps a TestRun so that what is reported into it is also kept in `outcomes`. */
export function recordingRun(run: vscode.TestRun, outcomes: ReportedOutcome[]): vscode.TestRun {
  const keep = (id: string, state: OutcomeState, m: vscode.TestMessage | readonly vscode.TestMessage[] = []): void => {
    outcomes.push({ id, state, messages: Array.isArray(m) ? [...(m as vscode.TestMessage[])] : [m as vscode.TestMessage], run: run.name });
    if (outcomes.length > LIMIT) outcomes.splice(0, outcomes.length - LIMIT);
  };
  return new Proxy(run, {
    get(target, prop, receiver) {
      switch (prop) {
        case "started": return (item: vscode.TestItem) => { keep(item.id, "started"); target.started(item); };
        case "passed": return (item: vscode.TestItem, ms?: number) => { keep(item.id, "passed"); target.passed(item, ms); };
        case "failed": return (item: vscode.TestItem, m: vscode.TestMessage | readonly vscode.TestMessage[], ms?: number) => { keep(item.id, "failed", m); target.failed(item, m, ms); };
        case "errored": return (item: vscode.TestItem, m: vscode.TestMessage | readonly vscode.TestMessage[], ms?: number) => { keep(item.id, "errored", m); target.errored(item, m, ms); };
        default: {
          const v: unknown = Reflect.get(target, prop, receiver);
          return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        }
      }
    },
  });
}

/** Publishes the probe (the latest Verification wins). */
export function publishProbe<V>(probe: VerificationProbe<V>): vscode.Disposable {
  const g = globalThis as Record<symbol, unknown>;
  g[PROBE_KEY] = probe;
  return new vscode.Disposable(() => { if (g[PROBE_KEY] === probe) delete g[PROBE_KEY]; });
}
