// markdown-it syntax for `$inline$` and `$$ display $$ {#eq:label}` math. Parsing only: the typesetting
// happens in a core rule (typeset-rule.ts) so that errors know their line.
import type MarkdownIt from "markdown-it";
import type { StateBlock, StateInline } from "markdown-it";
import { splitLabel } from "./derivation";

function mathInline(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const start = state.pos;
  if (src.charCodeAt(start) !== 0x24 /* $ */ || src.charCodeAt(start + 1) === 0x24) return false;
  const first = src[start + 1];
  if (first === undefined || /\s/.test(first)) return false;
  let end = start + 1;
  for (;;) {
    end = src.indexOf("$", end);
    if (end < 0) return false;
    if (src[end - 1] === "\\") { end++; continue; }
    break;
  }
  const content = src.slice(start + 1, end);
  if (!content || /\s$/.test(content)) return false;
  // "costs $5 and $6": a closing $ followed by a digit is money, not math.
  if (/\d/.test(src[end + 1] ?? "")) return false;
  if (!silent) {
    const token = state.push("math_inline", "", 0);
    token.content = content;
    token.meta = { lineOffset: src.slice(0, start).split("\n").length - 1 };
  }
  state.pos = end + 1;
  return true;
}

function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const lineText = (n: number): string => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]!);
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const firstLine = lineText(startLine);
  if (!firstLine.startsWith("$$")) return false;
  if (silent) return true;
  const rest = firstLine.slice(2);
  let body: string[];
  let closing: string;
  let last = startLine;
  const closeAt = rest.indexOf("$$");
  if (closeAt >= 0) {
    body = [rest.slice(0, closeAt)];
    closing = rest.slice(closeAt + 2);
  } else {
    body = rest.trim() ? [rest] : [];
    closing = "";
    let found = false;
    for (let n = startLine + 1; n < endLine; n++) {
      const text = lineText(n);
      const m = /^(.*?)\$\$(.*)$/.exec(text);
      if (m) {
        if (m[1]!.trim()) body.push(m[1]!);
        closing = m[2]!;
        last = n;
        found = true;
        break;
      }
      body.push(text);
    }
    if (!found) return false;
  }
  const { label } = splitLabel(`x${closing}`);
  const token = state.push("math_block", "div", 0);
  token.block = true;
  token.content = body.join("\n").trim();
  token.map = [startLine, last + 1];
  token.meta = { label, trailing: label ? "" : closing.trim() };
  state.line = last + 1;
  return true;
}

export function mathSyntax(md: InstanceType<typeof MarkdownIt>): void {
  md.inline.ruler.after("escape", "math_inline", mathInline);
  md.block.ruler.before("fence", "math_block", mathBlock, { alt: ["paragraph", "reference", "blockquote", "list"] });
}
