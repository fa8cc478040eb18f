// Turns a VerifyReport into Testing UI results: per case group passed/failed, TestMessages with
// expected and actual output located at the student's function, the diagnosis and the next hint.
import * as vscode from "vscode";
import type { CaseFailure, VerifyReport } from "../../protocol/verify";
import type { TestTree } from "./tree";

const MAX_MESSAGES = 5;

function location(uri: vscode.Uri, line: number | null): vscode.Location {
  const l = Math.max(0, (line ?? 1) - 1);
  return new vscode.Location(uri, new vscode.Range(l, 0, l, 0));
}

function failureMessage(f: CaseFailure, uri: vscode.Uri, line: number | null): vscode.TestMessage {
  const text = `case "${f.case}": ${f.message}` + (f.inputs ? `\n\ninputs:\n${f.inputs}` : "");
  const m = f.expected !== null && f.actual !== null
    ? vscode.TestMessage.diff(text, f.expected, f.actual)
    : new vscode.TestMessage(text);
  m.location = location(uri, line);
  return m;
}

export class ReportWriter {
  write(run: vscode.TestRun, item: vscode.TestItem, r: VerifyReport, uri: vscode.Uri, tree: TestTree): void {
    if (r.error) {
      const m = new vscode.TestMessage(r.error.message);
      m.location = location(uri, r.error.line ?? r.functionLine);
      run.errored(item, m, r.ms);
      return;
    }
    // What the student reads first at their function: the diagnosis when one matched, else the first
    // failing case; the next hint comes after them.
    const diagnosis: vscode.TestMessage[] = [];
    const hint: vscode.TestMessage[] = [];
    if (r.diagnosis) {
      const d = new vscode.TestMessage(`Diagnosis: ${r.diagnosis.message}`);
      d.location = location(uri, r.functionLine);
      diagnosis.push(d);
    }
    if (r.hint) {
      const h = new vscode.TestMessage(`Hint: ${r.hint}`);
      h.location = location(uri, r.functionLine);
      hint.push(h);
    }
    for (const group of ["random", "edge"] as const) {
      const cases = r.results.filter((c) => c.group === group);
      if (cases.length === 0) continue;
      const g = tree.groupItem(item, group);
      const failures = r.failures.filter((f) => f.group === group);
      if (failures.length === 0) run.passed(g);
      else run.failed(g, failures.slice(0, MAX_MESSAGES).map((f) => failureMessage(f, uri, r.functionLine)));
    }
    if (r.passed) run.passed(item, r.ms);
    else run.failed(item, [...diagnosis, ...r.failures.slice(0, 1).map((f) => failureMessage(f, uri, r.functionLine)), ...hint], r.ms);
  }
}
