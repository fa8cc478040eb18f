// One open document: its text, its syntax tree kept current with incremental edits (tree.edit and
// an incremental reparse), and its top-level statements lowered once per distinct text.
import { Edit, type Node, type Parser, type Tree } from "web-tree-sitter";
import type { LoweredStmt } from "../shapes/ir";
import { lowerTopLevel } from "./lower";

export interface Position {
  readonly line: number;
  readonly character: number;
}

export type ContentChange = { readonly text: string } | { readonly range: { readonly start: Position; readonly end: Position }; readonly text: string };

export interface TopStatement {
  readonly lowered: LoweredStmt;
  readonly start: number;
}

export class SourceDocument {
  private tree: Tree | null = null;
  private stale = true;
  private lineStarts: number[] = [0];
  private cache = new Map<string, LoweredStmt>();

  constructor(private readonly parser: Parser, private text: string) {
    this.computeLines();
  }

  getText(): string {
    return this.text;
  }

  private computeLines(): void {
    const starts = [0];
    const t = this.text;
    for (let i = t.indexOf("\n"); i >= 0; i = t.indexOf("\n", i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  offsetAt(p: Position): number {
    const line = Math.max(0, Math.min(p.line, this.lineStarts.length - 1));
    const start = this.lineStarts[line]!;
    const end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    return Math.max(start, Math.min(start + Math.max(0, p.character), end));
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo]! };
  }

  /** Applies LSP content changes in order, telling the old tree about each edit. */
  applyChanges(changes: readonly ContentChange[]): void {
    for (const c of changes) {
      if (!("range" in c)) {
        this.text = c.text;
        this.computeLines();
        this.tree?.delete();
        this.tree = null;
        continue;
      }
      const start = this.offsetAt(c.range.start);
      const end = Math.max(start, this.offsetAt(c.range.end));
      const startPosition = this.positionAt(start);
      const oldEndPosition = this.positionAt(end);
      this.text = this.text.slice(0, start) + c.text + this.text.slice(end);
      const nl = c.text.lastIndexOf("\n");
      const rows = nl < 0 ? 0 : c.text.split("\n").length - 1;
      const newEndPosition = { row: startPosition.line + rows, column: nl < 0 ? startPosition.character + c.text.length : c.text.length - nl - 1 };
      this.tree?.edit(new Edit({
        startIndex: start, oldEndIndex: end, newEndIndex: start + c.text.length,
        startPosition: { row: startPosition.line, column: startPosition.character },
        oldEndPosition: { row: oldEndPosition.line, column: oldEndPosition.character },
        newEndPosition,
      }));
      this.computeLines();
    }
    this.stale = true;
  }

  /** Reparses (incrementally when a tree exists) and returns the lowered top-level statements. */
  statements(): TopStatement[] {
    if (this.stale || !this.tree) {
      const next = this.parser.parse(this.text, this.tree);
      this.tree?.delete();
      this.tree = next;
      this.stale = false;
    }
    const root = this.tree?.rootNode;
    if (!root) return [];
    const out: TopStatement[] = [];
    const used = new Map<string, LoweredStmt>();
    const nodes = root.children.filter((n): n is Node => !!n);
    let group: Node[] = [];
    for (const n of nodes) {
      group.push(n);
      const start = group[0]!.startIndex;
      if (n.type === "comment" && n.endIndex - n.startIndex < 400 && this.text.slice(n.startIndex, n.endIndex).includes("@shape")) continue;
      const key = `${group.map((g) => g.type).join(",")}\u0000${this.text.slice(start, n.endIndex)}`;
      let lowered = used.get(key) ?? this.cache.get(key);
      if (!lowered) lowered = lowerTopLevel(group);
      used.set(key, lowered);
      out.push({ lowered, start });
      group = [];
    }
    if (group.length) {
      const start = group[0]!.startIndex;
      out.push({ lowered: lowerTopLevel(group), start });
    }
    this.cache = used;
    return out;
  }

  dispose(): void {
    this.tree?.delete();
    this.tree = null;
    this.cache.clear();
  }
}
