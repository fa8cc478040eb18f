// What inference reports about one top-level statement: problems, hover texts and inlay hints,
// with offsets relative to the statement (or to another statement's slot, for related places).
import type { Origin, Slot } from "./values";

export interface FixEdit {
  readonly slot: Slot;
  readonly s: number;
  readonly e: number;
  readonly text: string;
}

export interface ShapeFix {
  readonly title: string;
  readonly edits: readonly FixEdit[];
}

export interface ShapeProblem {
  readonly s: number;
  readonly e: number;
  readonly message: string;
  readonly related: readonly { readonly origin: Origin; readonly message: string }[];
  readonly fixes: readonly ShapeFix[];
}

export interface HoverNote {
  readonly s: number;
  readonly e: number;
  readonly text: string;
}

export interface ShapeHint {
  readonly at: number;
  readonly label: string;
}

export interface StmtReport {
  readonly problems: ShapeProblem[];
  readonly hovers: HoverNote[];
  readonly hints: ShapeHint[];
}

export function emptyReport(): StmtReport {
  return { problems: [], hovers: [], hints: [] };
}
