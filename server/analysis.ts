// A document's shape analysis in LSP terms: diagnostics with related places and fixes, hover,
// inlay hints and code actions. Thin: the work is in parsing/ and shapes/.
import type { Parser } from "web-tree-sitter";
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type Hover, type InlayHint, type Range, type TextEdit } from "vscode-languageserver";
import { SourceDocument, type ContentChange, type Position } from "./parsing/document";
import { ProgramInference, type ProgramSlot, type UpdateStats } from "./shapes/program";
import type { Slot } from "./shapes/values";

/** Files larger than this are not analysed (said once, by the server). */
export const MAX_ANALYSED_CHARS = 512 * 1024;

export interface FixData {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export class DocumentAnalysis {
  private readonly doc: SourceDocument;
  private readonly program = new ProgramInference();
  private analysed = false;
  degraded = false;

  constructor(parser: Parser, text: string, private readonly uri: string) {
    this.doc = new SourceDocument(parser, text);
  }

  get text(): string {
    return this.doc.getText();
  }

  applyChanges(changes: readonly ContentChange[]): void {
    this.doc.applyChanges(changes);
    this.analysed = false;
  }

  /** Parses and infers what changed since the last run. */
  run(): UpdateStats {
    if (this.analysed) return { inferred: 0, total: this.program.slots.length };
    this.analysed = true;
    this.degraded = this.doc.getText().length > MAX_ANALYSED_CHARS;
    if (this.degraded) return this.program.update([]);
    return this.program.update(this.doc.statements());
  }

  private range(slot: Slot, s: number, e: number): Range {
    return { start: this.doc.positionAt(slot.start + s), end: this.doc.positionAt(slot.start + e) };
  }

  diagnostics(): Diagnostic[] {
    this.run();
    const out: Diagnostic[] = [];
    for (const slot of this.program.slots) {
      for (const p of slot.report.problems) {
        const fixes: FixData[] = p.fixes.map((f) => ({ title: f.title, edits: f.edits.map((ed) => ({ range: this.range(ed.slot, ed.s, ed.e), newText: ed.text })) }));
        out.push({
          range: this.range(slot, p.s, p.e),
          severity: DiagnosticSeverity.Error,
          source: "mathlab",
          code: "shape",
          message: p.message,
          relatedInformation: p.related.filter((r) => isLive(r.origin.slot, this.program.slots)).map((r) => ({ location: { uri: this.uri, range: this.range(r.origin.slot, r.origin.s, r.origin.e) }, message: r.message })),
          ...(fixes.length ? { data: { fixes } } : {}),
        });
      }
    }
    return out;
  }

  private slotAt(offset: number): ProgramSlot | undefined {
    const slots = this.program.slots;
    let lo = 0;
    let hi = slots.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (slots[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return slots[lo];
  }

  hover(pos: Position): Hover | null {
    this.run();
    const offset = this.doc.offsetAt(pos);
    const slot = this.slotAt(offset);
    if (!slot) return null;
    const rel = offset - slot.start;
    let best: { s: number; e: number; text: string } | null = null;
    for (const h of slot.report.hovers) {
      if (h.s <= rel && rel <= h.e && (!best || h.e - h.s < best.e - best.s)) best = h;
    }
    if (!best) return null;
    return { contents: { kind: "markdown", value: best.text }, range: this.range(slot, best.s, best.e) };
  }

  inlayHints(range: Range): InlayHint[] {
    this.run();
    const from = this.doc.offsetAt(range.start);
    const to = this.doc.offsetAt(range.end);
    const out: InlayHint[] = [];
    for (const slot of this.program.slots) {
      for (const h of slot.report.hints) {
        const at = slot.start + h.at;
        if (at < from || at > to) continue;
        out.push({ position: this.doc.positionAt(at), label: `: ${h.label}`, paddingLeft: false, tooltip: `shape ${h.label}` });
      }
    }
    return out;
  }

  /** Quick fixes carried by the shape diagnostics in the request's context. */
  codeActions(diagnostics: readonly Diagnostic[]): CodeAction[] {
    const out: CodeAction[] = [];
    for (const d of diagnostics) {
      if (d.source !== "mathlab") continue;
      const fixes = (d.data as { fixes?: FixData[] } | undefined)?.fixes ?? [];
      for (const f of fixes) {
        out.push({ title: f.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fixes.length === 1, edit: { changes: { [this.uri]: [...f.edits] } } });
      }
    }
    return out;
  }

  dispose(): void {
    this.doc.dispose();
  }
}

function isLive(slot: Slot, slots: readonly ProgramSlot[]): boolean {
  const s = slot as ProgramSlot;
  return slots[s.index] === s;
}
