// Variable scopes for inference. Function bodies get a plain map; the top level is provided by the
// program (it keeps versions per statement so that edits re-infer only what they affect).
import type { Val } from "./values";

export interface Scope {
  get(name: string): Val | undefined;
  /** The value if defined in this very scope (not a parent). */
  getOwn(name: string): Val | undefined;
  /** Declares in this scope. */
  define(name: string, v: Val): void;
  /** Assigns where the name lives; declares here if it lives nowhere. */
  set(name: string, v: Val): void;
}

export class LocalScope implements Scope {
  private readonly vars = new Map<string, Val>();
  constructor(private readonly parent: Scope) {}
  get(name: string): Val | undefined {
    return this.vars.get(name) ?? this.parent.get(name);
  }
  getOwn(name: string): Val | undefined {
    return this.vars.get(name);
  }
  define(name: string, v: Val): void {
    this.vars.set(name, v);
  }
  set(name: string, v: Val): void {
    if (this.vars.has(name) || this.parent.get(name) === undefined) this.vars.set(name, v);
    else this.parent.set(name, v);
  }
}

/** A scope over a fixed map (tests, and the empty outer scope). */
export class MapScope implements Scope {
  constructor(readonly vars = new Map<string, Val>()) {}
  get(name: string): Val | undefined {
    return this.vars.get(name);
  }
  getOwn(name: string): Val | undefined {
    return this.vars.get(name);
  }
  define(name: string, v: Val): void {
    this.vars.set(name, v);
  }
  set(name: string, v: Val): void {
    this.vars.set(name, v);
  }
}
