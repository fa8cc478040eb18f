// Lowers one top-level statement of the tree-sitter tree into the plain form of shapes/ir.ts.
// This is the only code that walks syntax nodes (each access crosses into wasm), and it runs once per
// distinct statement text: the caller caches the result by text.
import type { Node } from "web-tree-sitter";
import { isTensorType, shapeFromDoc, shapeFromType, tupleElements } from "../shapes/annotations";
import type { Declarator, Expr, FnDecl, LoweredStmt, Param, Pattern, ShapeAnn, Stmt } from "../shapes/ir";

class Lowerer {
  readonly reads = new Set<string>();
  constructor(private readonly base: number) {}

  private s(n: Node): number {
    return n.startIndex - this.base;
  }
  private e(n: Node): number {
    return n.endIndex - this.base;
  }

  typeShape(typeAnn: Node | null): ShapeAnn | null {
    if (!typeAnn) return null;
    const t = typeAnn.type === "type_annotation" ? typeAnn.namedChildren[0] ?? null : typeAnn;
    if (!t) return null;
    return shapeFromType(t.text, this.s(t));
  }

  stmts(nodes: readonly (Node | null)[]): Stmt[] {
    const out: Stmt[] = [];
    for (const n of nodes) if (n) this.stmtInto(n, out);
    return out;
  }

  blockBody(n: Node | null): Stmt[] {
    if (!n) return [];
    if (n.type === "statement_block") return this.stmts(n.namedChildren);
    return this.stmts([n]);
  }

  stmtInto(n: Node, out: Stmt[]): void {
    const s = this.s(n);
    const e = this.e(n);
    switch (n.type) {
      case "comment": {
        const sh = shapeFromDoc(n.text, s);
        if (sh) out.push({ k: "shapeDoc", shape: sh, s, e });
        return;
      }
      case "import_statement": {
        const src = n.childForFieldName("source");
        const from = src ? src.text.slice(1, -1) : "";
        let ns: string | null = null;
        const names: { local: string; imported: string }[] = [];
        const clause = n.namedChildren.find((c) => c?.type === "import_clause");
        for (const c of clause?.namedChildren ?? []) {
          if (!c) continue;
          if (c.type === "namespace_import") ns = c.namedChildren[0]?.text ?? null;
          else if (c.type === "identifier") names.push({ local: c.text, imported: "default" });
          else if (c.type === "named_imports") {
            for (const sp of c.namedChildren) {
              if (sp?.type !== "import_specifier") continue;
              const name = sp.childForFieldName("name")?.text ?? "";
              names.push({ local: sp.childForFieldName("alias")?.text ?? name, imported: name });
            }
          }
        }
        out.push({ k: "import", ns, names, from, s, e });
        return;
      }
      case "export_statement": {
        const d = n.childForFieldName("declaration") ?? n.childForFieldName("value");
        if (d) {
          if (d.type.endsWith("declaration") || d.type === "lexical_declaration") this.stmtInto(d, out);
          else out.push({ k: "expr", expr: this.expr(d), s, e });
        }
        return;
      }
      case "lexical_declaration":
      case "variable_declaration": {
        const decls: Declarator[] = [];
        for (const c of n.namedChildren) {
          if (c?.type !== "variable_declarator") continue;
          const name = c.childForFieldName("name");
          const value = c.childForFieldName("value");
          decls.push({ target: name ? this.pattern(name) : { k: "ignored", s, e }, shape: this.typeShape(c.childForFieldName("type")), init: value ? this.expr(value) : null });
        }
        const kind = n.type === "variable_declaration" ? "var" : n.children[0]?.text ?? "let";
        out.push({ k: "decl", kind, decls, s, e });
        return;
      }
      case "function_declaration":
      case "generator_function_declaration":
        out.push({ k: "fn", fn: this.fn(n), s, e });
        return;
      case "class_declaration": {
        const methods: FnDecl[] = [];
        const body = n.childForFieldName("body");
        for (const m of body?.namedChildren ?? []) if (m?.type === "method_definition") methods.push(this.fn(m));
        out.push({ k: "class", name: n.childForFieldName("name")?.text ?? null, methods, s, e });
        return;
      }
      case "return_statement": {
        const v = n.namedChildren[0];
        out.push({ k: "return", value: v ? this.expr(v) : null, s, e });
        return;
      }
      case "expression_statement": {
        const v = n.namedChildren[0];
        if (v) out.push({ k: "expr", expr: this.expr(v), s, e });
        return;
      }
      case "statement_block":
        out.push({ k: "block", body: this.stmts(n.namedChildren), s, e });
        return;
      case "if_statement": {
        const cond = n.childForFieldName("condition");
        const alt = n.childForFieldName("alternative");
        out.push({
          k: "if", test: cond ? this.expr(cond) : { k: "other", parts: [], s, e },
          then: this.blockBody(n.childForFieldName("consequence")),
          else: alt ? this.blockBody(alt.type === "else_clause" ? alt.namedChildren[0] ?? null : alt) : [], s, e,
        });
        return;
      }
      case "for_statement": {
        const init = n.childForFieldName("initializer");
        const parts = ["condition", "increment"].map((f) => n.childForFieldName(f)).filter((x): x is Node => !!x && x.type !== ";");
        const initStmts = init ? this.stmts([init]) : [];
        for (const p of parts) initStmts.push({ k: "expr", expr: this.expr(p.type === "expression_statement" ? p.namedChildren[0] ?? p : p), s: this.s(p), e: this.e(p) });
        out.push({ k: "loop", bind: null, init: initStmts, body: this.blockBody(n.childForFieldName("body")), s, e });
        return;
      }
      case "for_in_statement": {
        const left = n.childForFieldName("left");
        const right = n.childForFieldName("right");
        const isOf = n.children.some((c) => c?.type === "of");
        const bind = isOf && left && right ? { target: this.pattern(left), of: this.expr(right) } : null;
        out.push({ k: "loop", bind, init: [], body: this.blockBody(n.childForFieldName("body")), s, e });
        return;
      }
      case "while_statement":
      case "do_statement": {
        const cond = n.childForFieldName("condition");
        out.push({ k: "loop", bind: null, init: cond ? [{ k: "expr", expr: this.expr(cond), s: this.s(cond), e: this.e(cond) }] : [], body: this.blockBody(n.childForFieldName("body")), s, e });
        return;
      }
      case "try_statement": {
        const parts: Stmt[] = [];
        for (const c of n.namedChildren) {
          if (!c) continue;
          if (c.type === "statement_block") parts.push(...this.blockBody(c));
          else parts.push(...this.blockBody(c.childForFieldName("body")));
        }
        out.push({ k: "block", body: parts, s, e });
        return;
      }
      default: {
        // Unknown statements: keep the expressions inside for diagnostics, nothing else.
        const exprs: Expr[] = [];
        for (const c of n.namedChildren) if (c && isExpressionNode(c)) exprs.push(this.expr(c));
        out.push({ k: "other", exprs, s, e });
      }
    }
  }

  fn(n: Node): FnDecl {
    const nameNode = n.childForFieldName("name");
    const params: Param[] = [];
    const single = n.childForFieldName("parameter");
    if (single) params.push({ pat: this.pattern(single), shape: null, isNumber: false, init: null });
    for (const p of n.childForFieldName("parameters")?.namedChildren ?? []) {
      if (!p || (p.type !== "required_parameter" && p.type !== "optional_parameter")) continue;
      const pat = p.childForFieldName("pattern");
      const type = p.childForFieldName("type");
      const value = p.childForFieldName("value");
      const typeText = type?.namedChildren[0]?.text ?? "";
      params.push({
        pat: pat ? this.pattern(pat) : { k: "ignored", s: this.s(p), e: this.e(p) },
        shape: this.typeShape(type),
        isNumber: typeText === "number",
        init: value ? this.expr(value) : null,
      });
    }
    const rt = n.childForFieldName("return_type");
    const rtype = rt?.namedChildren[0] ?? null;
    let ret: ShapeAnn | null = null;
    let retTuple: (ShapeAnn | null)[] | null = null;
    if (rtype) {
      const text = rtype.text;
      const at = this.s(rtype);
      if (isTensorType(text)) ret = shapeFromType(text, at);
      else {
        const els = tupleElements(text, at);
        if (els) retTuple = els.map((el) => shapeFromType(el.text, el.s));
      }
    }
    const body = n.childForFieldName("body");
    const fnBody = !body ? [] : body.type === "statement_block" ? this.stmts(body.namedChildren) : this.expr(body);
    return {
      name: nameNode?.text ?? null, params, ret, retTuple, body: fnBody, s: this.s(n), e: this.e(n),
      ns: nameNode ? this.s(nameNode) : this.s(n), ne: nameNode ? this.e(nameNode) : this.s(n),
    };
  }

  pattern(n: Node): Pattern {
    const s = this.s(n);
    const e = this.e(n);
    switch (n.type) {
      case "identifier":
      case "shorthand_property_identifier_pattern":
        return { k: "name", name: n.text, s, e };
      case "array_pattern":
        return { k: "arrpat", items: n.namedChildren.map((c) => (c ? this.pattern(c) : null)), s, e };
      case "object_pattern": {
        const props: { key: string; value: Pattern }[] = [];
        for (const c of n.namedChildren) {
          if (!c) continue;
          if (c.type === "shorthand_property_identifier_pattern") props.push({ key: c.text, value: this.pattern(c) });
          else if (c.type === "pair_pattern") {
            const key = c.childForFieldName("key");
            const value = c.childForFieldName("value");
            if (key && value) props.push({ key: key.text, value: this.pattern(value) });
          }
        }
        return { k: "objpat", props, s, e };
      }
      case "assignment_pattern": {
        const left = n.childForFieldName("left");
        return left ? this.pattern(left) : { k: "ignored", s, e };
      }
      default:
        return { k: "ignored", s, e };
    }
  }

  expr(n: Node): Expr {
    const s = this.s(n);
    const e = this.e(n);
    switch (n.type) {
      case "number": {
        const v = Number(n.text.replace(/_/g, ""));
        return { k: "num", v, s, e };
      }
      case "string":
        return { k: "str", v: n.text.slice(1, -1), s, e };
      case "true":
      case "false":
        return { k: "bool", v: n.type === "true", s, e };
      case "identifier":
        this.reads.add(n.text);
        return { k: "id", name: n.text, s, e };
      case "this":
        return { k: "id", name: "this", s, e };
      case "parenthesized_expression": {
        const inner = n.namedChildren.find((c) => c && c.type !== "comment");
        return inner ? this.expr(inner) : { k: "other", parts: [], s, e };
      }
      case "non_null_expression":
      case "satisfies_expression": {
        const inner = n.namedChildren[0];
        return inner ? this.expr(inner) : { k: "other", parts: [], s, e };
      }
      case "as_expression": {
        const inner = n.namedChildren[0];
        const type = n.namedChildren[1];
        const shape = type ? shapeFromType(type.text, this.s(type)) : null;
        return { k: "cast", expr: inner ? this.expr(inner) : { k: "other", parts: [], s, e }, shape, s, e };
      }
      case "member_expression": {
        const obj = n.childForFieldName("object");
        const prop = n.childForFieldName("property");
        if (!obj || !prop) return this.other(n);
        return { k: "member", obj: this.expr(obj), prop: prop.text, ps: this.s(prop), s, e };
      }
      case "subscript_expression": {
        const obj = n.childForFieldName("object");
        const idx = n.childForFieldName("index");
        if (!obj || !idx) return this.other(n);
        return { k: "index", obj: this.expr(obj), index: this.expr(idx), s, e };
      }
      case "call_expression": {
        const fn = n.childForFieldName("function");
        const args = n.childForFieldName("arguments");
        if (!fn || !args || args.type !== "arguments") return this.other(n);
        return {
          k: "call", callee: this.expr(fn), args: args.namedChildren.filter((c): c is Node => !!c && c.type !== "comment").map((c) => this.expr(c)),
          s, e, argsS: this.s(args), argsE: this.e(args),
        };
      }
      case "array":
        return { k: "arr", items: n.namedChildren.filter((c): c is Node => !!c && c.type !== "comment").map((c) => this.expr(c)), s, e };
      case "object": {
        const props: { key: string; value: Expr }[] = [];
        for (const c of n.namedChildren) {
          if (!c) continue;
          if (c.type === "pair") {
            const key = c.childForFieldName("key");
            const value = c.childForFieldName("value");
            if (key && value) props.push({ key: key.type === "string" ? key.text.slice(1, -1) : key.text, value: this.expr(value) });
          } else if (c.type === "shorthand_property_identifier") {
            this.reads.add(c.text);
            props.push({ key: c.text, value: { k: "id", name: c.text, s: this.s(c), e: this.e(c) } });
          }
        }
        return { k: "obj", props, s, e };
      }
      case "binary_expression": {
        const l = n.childForFieldName("left");
        const r = n.childForFieldName("right");
        const op = n.childForFieldName("operator");
        if (!l || !r || !op) return this.other(n);
        return { k: "bin", op: op.text, l: this.expr(l), r: this.expr(r), s, e };
      }
      case "unary_expression": {
        const arg = n.childForFieldName("argument");
        const op = n.childForFieldName("operator");
        if (!arg || !op) return this.other(n);
        return { k: "unary", op: op.text, arg: this.expr(arg), s, e };
      }
      case "ternary_expression": {
        const c = n.childForFieldName("condition");
        const a = n.childForFieldName("consequence");
        const b = n.childForFieldName("alternative");
        if (!c || !a || !b) return this.other(n);
        return { k: "cond", test: this.expr(c), a: this.expr(a), b: this.expr(b), s, e };
      }
      case "assignment_expression":
      case "augmented_assignment_expression": {
        const l = n.childForFieldName("left");
        const r = n.childForFieldName("right");
        const op = n.childForFieldName("operator")?.text ?? "=";
        if (!l || !r) return this.other(n);
        return { k: "assign", target: this.expr(l), op, value: this.expr(r), s, e };
      }
      case "arrow_function":
      case "function_expression":
      case "function":
        return { k: "fn", fn: this.fn(n), s, e };
      case "spread_element": {
        const a = n.namedChildren[0];
        return a ? { k: "spread", arg: this.expr(a), s, e } : this.other(n);
      }
      default:
        return this.other(n);
    }
  }

  other(n: Node): Expr {
    const parts: Expr[] = [];
    for (const c of n.namedChildren) if (c && isExpressionNode(c)) parts.push(this.expr(c));
    return { k: "other", parts, s: this.s(n), e: this.e(n) };
  }
}

const NOT_EXPR = new Set(["comment", "type_annotation", "type_arguments", "type_identifier", "predefined_type", "property_identifier", "statement_identifier", "formal_parameters", "ERROR"]);

function isExpressionNode(n: Node): boolean {
  return !NOT_EXPR.has(n.type) && !n.type.endsWith("_type");
}

function fnSigKey(fn: FnDecl): string {
  const sh = (a: ShapeAnn | null): string => (a ? a.dims.map((d) => d.text).join(" ") : "?");
  return `${fn.name}(${fn.params.map((p) => `${p.pat.k === "name" ? p.pat.name : "_"}:${p.isNumber ? "n" : sh(p.shape)}`).join(",")})=>${fn.retTuple ? fn.retTuple.map(sh).join("|") : sh(fn.ret)}`;
}

/**
 * Lowers a group of adjacent top-level nodes (a statement, or a `@shape` comment and the statement it
 * annotates); offsets in the result are relative to the first node's start.
 */
export function lowerTopLevel(nodes: readonly Node[]): LoweredStmt {
  const first = nodes[0]!;
  const l = new Lowerer(first.startIndex);
  const out: Stmt[] = [];
  try {
    for (const node of nodes) l.stmtInto(node, out);
  } catch {
    out.length = 0;
  }
  const stmt: Stmt = out.length === 1 ? out[0]! : { k: "block", body: out, s: 0, e: nodes[nodes.length - 1]!.endIndex - first.startIndex };
  return { stmt, reads: l.reads, sigKey: stmt.k === "fn" ? fnSigKey(stmt.fn) : "" };
}
