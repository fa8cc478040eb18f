// Inference over a whole file, kept up to date statement by statement. Each top-level statement has a
// slot; after an edit, only statements whose text changed, or that read a name whose value changed,
// are inferred again. Top-level names keep one version per statement that wrote them.
import type { LoweredStmt } from "./ir";
import { StmtInferrer } from "./infer";
import { emptyReport, type StmtReport } from "./report";
import type { Scope } from "./scope";
import { sameVal, type Slot, type Val } from "./values";

export interface ProgramSlot extends Slot {
  index: number;
  lowered: LoweredStmt;
  report: StmtReport;
  /** Final value of each top-level name this statement wrote. */
  writes: Map<string, Val>;
}

interface Version {
  readonly slot: ProgramSlot;
  readonly val: Val;
}

class TopScope implements Scope {
  readonly versions = new Map<string, Version[]>();
  at: ProgramSlot | null = null;

  get(name: string): Val | undefined {
    const vs = this.versions.get(name);
    if (!vs || !this.at) return undefined;
    const i = this.at.index;
    for (let k = vs.length - 1; k >= 0; k--) if (vs[k]!.slot.index <= i) return vs[k]!.val;
    // Function declarations are hoisted: a later `function f` is visible above it.
    const first = vs[0]!;
    return first.val.k === "fn" && first.slot.lowered.stmt.k === "fn" ? first.val : undefined;
  }
  getOwn(name: string): Val | undefined {
    return this.get(name);
  }
  define(name: string, v: Val): void {
    this.set(name, v);
  }
  set(name: string, v: Val): void {
    const slot = this.at!;
    slot.writes.set(name, v);
    const vs = this.versions.get(name) ?? [];
    const same = vs.findIndex((x) => x.slot === slot);
    if (same >= 0) vs[same] = { slot, val: v };
    else {
      let k = vs.length;
      while (k > 0 && vs[k - 1]!.slot.index > slot.index) k--;
      vs.splice(k, 0, { slot, val: v });
    }
    this.versions.set(name, vs);
  }
  /** Forgets what a statement wrote. */
  drop(slot: ProgramSlot): void {
    for (const name of slot.writes.keys()) {
      const vs = this.versions.get(name);
      if (!vs) continue;
      const left = vs.filter((x) => x.slot !== slot);
      if (left.length) this.versions.set(name, left);
      else this.versions.delete(name);
    }
  }
}

export interface UpdateStats {
  /** Statements inferred again by this update. */
  readonly inferred: number;
  readonly total: number;
}

export class ProgramInference {
  slots: ProgramSlot[] = [];
  private readonly top = new TopScope();
  /** Where top-level dimension names were first bound (for hover). */
  private topDims = new Map<string, string>();

  /** Brings inference up to date with the new list of lowered top-level statements and their starts. */
  update(stmts: readonly { lowered: LoweredStmt; start: number }[]): UpdateStats {
    const old = this.slots;
    let pre = 0;
    while (pre < old.length && pre < stmts.length && old[pre]!.lowered === stmts[pre]!.lowered) pre++;
    let suf = 0;
    while (suf < old.length - pre && suf < stmts.length - pre && old[old.length - 1 - suf]!.lowered === stmts[stmts.length - 1 - suf]!.lowered) suf++;
    const dirty = new Set<string>();
    const changed = new Set<ProgramSlot>();
    const oldMid = old.slice(pre, old.length - suf);
    const newMid = stmts.slice(pre, stmts.length - suf);
    const mid: ProgramSlot[] = [];
    if (oldMid.length === newMid.length) {
      newMid.forEach((s, i) => {
        const slot = oldMid[i]!;
        slot.lowered = s.lowered;
        mid.push(slot);
        changed.add(slot);
      });
    } else {
      for (const slot of oldMid) {
        for (const n of slot.writes.keys()) dirty.add(n);
        this.top.drop(slot);
      }
      for (const s of newMid) {
        const slot: ProgramSlot = { start: s.start, index: 0, lowered: s.lowered, report: emptyReport(), writes: new Map() };
        mid.push(slot);
        changed.add(slot);
      }
    }
    this.slots = [...old.slice(0, pre), ...mid, ...old.slice(old.length - suf)];
    this.slots.forEach((slot, i) => {
      slot.index = i;
      slot.start = stmts[i]!.start;
    });
    if (changed.size === this.slots.length || pre === 0) this.topDims = new Map();
    let inferred = 0;
    for (const slot of this.slots) {
      if (!changed.has(slot) && !readsAny(slot.lowered.reads, dirty)) continue;
      inferred++;
      const before = slot.writes;
      this.top.drop(slot);
      slot.writes = new Map();
      slot.report = emptyReport();
      this.top.at = slot;
      try {
        new StmtInferrer(slot, slot.report, this.topDims).stmt(slot.lowered.stmt, this.top);
      } catch {
        // A statement inference cannot handle says nothing rather than something wrong.
        slot.report = emptyReport();
      }
      for (const [n, v] of slot.writes) {
        const was = before.get(n);
        if (!was || !sameVal(was, v)) dirty.add(n);
      }
      for (const n of before.keys()) if (!slot.writes.has(n)) dirty.add(n);
    }
    this.top.at = null;
    return { inferred, total: this.slots.length };
  }
}

function readsAny(reads: ReadonlySet<string>, dirty: ReadonlySet<string>): boolean {
  if (dirty.size === 0) return false;
  if (dirty.size < reads.size) {
    for (const n of dirty) if (reads.has(n)) return true;
    return false;
  }
  for (const n of reads) if (dirty.has(n)) return true;
  return false;
}
