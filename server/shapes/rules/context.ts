// The interface a shape rule sees: its arguments (values, source labels, spans) and ways to report.
import type { Expr } from "../ir";
import type { ShapeFix } from "../report";
import type { Origin, ReduceInfo, Shape, Slot, Val } from "../values";

export interface RuleArg {
  readonly val: Val;
  readonly expr: Expr;
  /** Short source form for messages: `x`, `x.T`, `np.sum(…)`. */
  readonly label: string;
}

export interface RuleCtx {
  /** How the student wrote the operation: "np.matmul", "x.sum". */
  readonly name: string;
  readonly args: readonly RuleArg[];
  readonly call: Extract<Expr, { k: "call" }>;
  readonly slot: Slot;
  /** Reports a shape problem on the call (or on `at`). */
  fail(message: string, extra?: { at?: { s: number; e: number }; related?: { origin: Origin; message: string }[]; fixes?: ShapeFix[] }): void;
  /** A tensor result; `how` completes "np.matmul of …" for hover. */
  tensor(shape: Shape | null, how?: string, reduce?: ReduceInfo): Val;
}

export type Rule = (ctx: RuleCtx) => Val;
