// The plain-JS form a top-level statement is lowered to once (and cached by its text), so that
// inference never walks the wasm syntax tree. Offsets are relative to the start of the top-level
// statement they belong to, in UTF-16 code units.

/** A shape written by the student: one entry per dimension, with where each dimension token is. */
export interface ShapeAnn {
  readonly dims: readonly { readonly text: string; readonly s: number; readonly e: number }[];
  readonly s: number;
  readonly e: number;
}

export type Expr =
  | { readonly k: "num"; readonly v: number; readonly s: number; readonly e: number }
  | { readonly k: "str"; readonly v: string; readonly s: number; readonly e: number }
  | { readonly k: "bool"; readonly v: boolean; readonly s: number; readonly e: number }
  | { readonly k: "id"; readonly name: string; readonly s: number; readonly e: number }
  | { readonly k: "member"; readonly obj: Expr; readonly prop: string; readonly ps: number; readonly s: number; readonly e: number }
  | { readonly k: "index"; readonly obj: Expr; readonly index: Expr; readonly s: number; readonly e: number }
  | { readonly k: "call"; readonly callee: Expr; readonly args: readonly Expr[]; readonly s: number; readonly e: number; readonly argsS: number; readonly argsE: number }
  | { readonly k: "arr"; readonly items: readonly Expr[]; readonly s: number; readonly e: number }
  | { readonly k: "obj"; readonly props: readonly { readonly key: string; readonly value: Expr }[]; readonly s: number; readonly e: number }
  | { readonly k: "bin"; readonly op: string; readonly l: Expr; readonly r: Expr; readonly s: number; readonly e: number }
  | { readonly k: "unary"; readonly op: string; readonly arg: Expr; readonly s: number; readonly e: number }
  | { readonly k: "cond"; readonly test: Expr; readonly a: Expr; readonly b: Expr; readonly s: number; readonly e: number }
  | { readonly k: "cast"; readonly expr: Expr; readonly shape: ShapeAnn | null; readonly s: number; readonly e: number }
  | { readonly k: "assign"; readonly target: Expr; readonly op: string; readonly value: Expr; readonly s: number; readonly e: number }
  | { readonly k: "fn"; readonly fn: FnDecl; readonly s: number; readonly e: number }
  | { readonly k: "spread"; readonly arg: Expr; readonly s: number; readonly e: number }
  /** Anything else: its sub-expressions are still inferred (for their diagnostics), its value is unknown. */
  | { readonly k: "other"; readonly parts: readonly Expr[]; readonly s: number; readonly e: number };

export type Pattern =
  | { readonly k: "name"; readonly name: string; readonly s: number; readonly e: number }
  | { readonly k: "arrpat"; readonly items: readonly (Pattern | null)[]; readonly s: number; readonly e: number }
  | { readonly k: "objpat"; readonly props: readonly { readonly key: string; readonly value: Pattern }[]; readonly s: number; readonly e: number }
  | { readonly k: "ignored"; readonly s: number; readonly e: number };

export interface Param {
  readonly pat: Pattern;
  readonly shape: ShapeAnn | null;
  /** Declared as a plain number (`k: number`): its value can name a dimension. */
  readonly isNumber: boolean;
  readonly init: Expr | null;
}

export interface FnDecl {
  readonly name: string | null;
  readonly params: readonly Param[];
  readonly ret: ShapeAnn | null;
  /** Shapes of a returned tuple, e.g. `[T<"N K">, T<"K">]`. */
  readonly retTuple: readonly (ShapeAnn | null)[] | null;
  readonly body: readonly Stmt[] | Expr;
  readonly s: number;
  readonly e: number;
  /** The function's name token (for hover and related information). */
  readonly ns: number;
  readonly ne: number;
}

export interface Declarator {
  readonly target: Pattern;
  readonly shape: ShapeAnn | null;
  readonly init: Expr | null;
}

export type Stmt =
  | { readonly k: "import"; readonly ns: string | null; readonly names: readonly { readonly local: string; readonly imported: string }[]; readonly from: string; readonly s: number; readonly e: number }
  | { readonly k: "decl"; readonly kind: string; readonly decls: readonly Declarator[]; readonly s: number; readonly e: number }
  | { readonly k: "fn"; readonly fn: FnDecl; readonly s: number; readonly e: number }
  | { readonly k: "class"; readonly name: string | null; readonly methods: readonly FnDecl[]; readonly s: number; readonly e: number }
  | { readonly k: "return"; readonly value: Expr | null; readonly s: number; readonly e: number }
  | { readonly k: "expr"; readonly expr: Expr; readonly s: number; readonly e: number }
  | { readonly k: "block"; readonly body: readonly Stmt[]; readonly s: number; readonly e: number }
  | { readonly k: "if"; readonly test: Expr; readonly then: readonly Stmt[]; readonly else: readonly Stmt[]; readonly s: number; readonly e: number }
  /** for / for-of / while: the body is checked once; `bind` is the for-of variable and its iterable. */
  | { readonly k: "loop"; readonly bind: { readonly target: Pattern; readonly of: Expr } | null; readonly init: readonly Stmt[]; readonly body: readonly Stmt[]; readonly s: number; readonly e: number }
  /** A `@shape [..]` doc comment: applies to the next declaration. */
  | { readonly k: "shapeDoc"; readonly shape: ShapeAnn; readonly s: number; readonly e: number }
  | { readonly k: "other"; readonly exprs: readonly Expr[]; readonly s: number; readonly e: number };

/** A lowered top-level statement with the names it reads and defines (for incremental re-inference). */
export interface LoweredStmt {
  readonly stmt: Stmt;
  /** Identifiers read anywhere in the statement. */
  readonly reads: ReadonlySet<string>;
  /** For a function declaration: a key of its signature (names and annotations), else "". */
  readonly sigKey: string;
}
