// Reading the shapes students write: `Tensor<["N", "D"]>`, `T<"N D">`, `np.T<"B 784">` in type
// positions, and `@shape [B, 784]` in doc comments. Works on text, so it is pure and cheap.
import type { ShapeAnn } from "./ir";

const TYPE_RE = /^\s*(?:[A-Za-z_$][\w$]*\s*\.\s*)?(Tensor|T)\s*<([\s\S]*)>\s*$/;

function tokens(text: string, base: number, re: RegExp): { text: string; s: number; e: number }[] {
  const out: { text: string; s: number; e: number }[] = [];
  for (const m of text.matchAll(re)) {
    const t = m[1] ?? m[0];
    const at = m.index + m[0].indexOf(t);
    out.push({ text: t, s: base + at, e: base + at + t.length });
  }
  return out;
}

/** Parses a type annotation's text at relative offset `base`; null if it is not a shaped tensor type. */
export function shapeFromType(text: string, base: number): ShapeAnn | null {
  const m = TYPE_RE.exec(text);
  if (!m) return null;
  const inner = m[2]!;
  const innerAt = base + text.indexOf("<", m.index + m[0].indexOf(m[1]!)) + 1;
  const trimmed = inner.trim();
  const lead = inner.indexOf(trimmed);
  if (trimmed.startsWith("[")) {
    // Tensor<["N", 784, "H*W"]>: quoted names or numbers between commas.
    const body = trimmed.slice(1, trimmed.lastIndexOf("]"));
    const parts: { text: string; s: number; e: number }[] = [];
    let off = innerAt + lead + 1;
    for (const raw of body.split(",")) {
      const t = raw.trim();
      if (t !== "") {
        const at = off + raw.indexOf(t);
        const q = /^(["'`])(.*)\1$/.exec(t);
        if (q) parts.push({ text: q[2]!.trim(), s: at + 1, e: at + 1 + q[2]!.length });
        else if (/^\d+$/.test(t)) parts.push({ text: t, s: at, e: at + t.length });
        else return null;
      }
      off += raw.length + 1;
    }
    return { dims: parts, s: base, e: base + text.length };
  }
  const q = /^(["'`])([\s\S]*)\1$/.exec(trimmed);
  if (q) {
    const strAt = innerAt + lead + 1;
    return { dims: tokens(q[2]!, strAt, /\S+/g), s: base, e: base + text.length };
  }
  return null;
}

/** True when the type text names a tensor at all (shaped or not). */
export function isTensorType(text: string): boolean {
  return /^\s*(?:[A-Za-z_$][\w$]*\s*\.\s*)?(Tensor|T)\b/.test(text);
}

/** Splits a tuple type `[A, B<..>, C]` into its element texts with their offsets. */
export function tupleElements(text: string, base: number): { text: string; s: number }[] | null {
  const t = text.trim();
  if (!t.startsWith("[") || !t.endsWith("]")) return null;
  const start = text.indexOf("[") + 1;
  const out: { text: string; s: number }[] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < text.lastIndexOf("]"); i++) {
    const c = text[i];
    if (c === "<" || c === "[" || c === "(" || c === "{") depth++;
    else if (c === ">" || c === "]" || c === ")" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      out.push({ text: text.slice(from, i), s: base + from });
      from = i + 1;
    }
  }
  const last = text.slice(from, text.lastIndexOf("]"));
  if (last.trim() !== "") out.push({ text: last, s: base + from });
  return out;
}

/** Finds `@shape [B, 784]` in a comment's text. */
export function shapeFromDoc(text: string, base: number): ShapeAnn | null {
  const m = /@shape\s*\[([^\]]*)\]/.exec(text);
  if (!m) return null;
  const bodyAt = base + m.index + m[0].indexOf("[") + 1;
  const dims: { text: string; s: number; e: number }[] = [];
  let off = bodyAt;
  for (const raw of m[1]!.split(",")) {
    const t = raw.trim().replace(/^["'](.*)["']$/, "$1");
    if (t !== "") {
      const at = off + raw.indexOf(t);
      dims.push({ text: t, s: at, e: at + t.length });
    }
    off += raw.length + 1;
  }
  return { dims, s: base + m.index, e: base + m.index + m[0].length };
}
