// Groups a lesson's top-level blocks into chunks of about one screen, each a
// <div class="lesson-chunk" data-h="N">. lesson.css gives chunks `content-visibility: auto`, so Chromium
// styles and lays out only the chunks near the viewport; the rest keep the estimated height N (px) until
// they are first shown, and their real height after that. A new chunk starts at every ## heading and
// whenever the current one would grow past the budget.
import type MarkdownIt from "markdown-it";
import type { StateCore, Token } from "markdown-it";

type Md = InstanceType<typeof MarkdownIt>;

/** Chunks aim for this estimated height (px): small enough that the first screen lays out little more than itself. */
export const chunkBudget = 600;

/** Rough rendered height (px) of one top-level block, from its tokens: lines of text, equations, figures. */
export function estimateHeight(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!first) return 0;
  if (first.type === "heading_open") return first.tag === "h1" ? 60 : 50;
  if (first.type === "math_block") return 70;
  if (first.type === "hr") return 30;
  if (first.type === "fence") {
    const lang = first.info.trim().split(/\s+/)[0];
    // A derivation shows its first step (and its controls) until the student reveals more.
    if (lang === "derivation") return /^title:/m.test(first.content) ? 190 : 160;
    if (lang === "plot") return 400;
    return 30 + 20 * first.content.split("\n").length;
  }
  let height = 16;
  for (const t of tokens) {
    if (t.type !== "inline") continue;
    const inlineMath = t.children?.filter((c) => c.type === "math_inline").length ?? 0;
    const lines = Math.max(1, Math.ceil(t.content.length / 90));
    height += lines * 26 + inlineMath * 2 + 4;
  }
  return height;
}

interface Block { readonly start: number; readonly end: number; readonly height: number; readonly heading: boolean }

function topLevelBlocks(tokens: readonly Token[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = i;
    let depth = 0;
    do {
      depth += tokens[i]!.nesting;
      i++;
    } while (depth > 0 && i < tokens.length);
    const slice = tokens.slice(start, i);
    blocks.push({ start, end: i, height: estimateHeight(slice), heading: slice[0]!.type === "heading_open" && slice[0]!.tag === "h2" });
  }
  return blocks;
}

/** Rounded estimate used in data-h (and in the lesson stylesheet's rule for that value). */
const rounded = (px: number): number => Math.max(100, Math.round(px / 50) * 50);

function chunkRule(state: StateCore): void {
  if (state.inlineMode) return;
  const out: Token[] = [];
  let pending: Block[] = [];
  const flush = (): void => {
    if (!pending.length) return;
    const open = new state.Token("lesson_chunk_open", "div", 1);
    open.meta = { height: rounded(pending.reduce((h, b) => h + b.height, 0)) };
    out.push(open);
    for (const b of pending) out.push(...state.tokens.slice(b.start, b.end));
    out.push(new state.Token("lesson_chunk_close", "div", -1));
    pending = [];
  };
  let height = 0;
  for (const block of topLevelBlocks(state.tokens)) {
    if (pending.length && (block.heading || height + block.height > chunkBudget)) { flush(); height = 0; }
    pending.push(block);
    height += block.height;
  }
  flush();
  state.tokens = out;
}

export function lessonChunks(md: Md): void {
  md.core.ruler.push("lesson_chunks", chunkRule);
  md.renderer.rules["lesson_chunk_open"] = (tokens, idx) =>
    `<div class="lesson-chunk" data-h="${(tokens[idx]!.meta as { height: number }).height}">\n`;
  md.renderer.rules["lesson_chunk_close"] = () => "</div>\n";
}

/** Stylesheet rules giving each chunk height used in `html` as its placeholder size. */
export function chunkSizeCss(html: string): string {
  const heights = new Set([...html.matchAll(/<div class="lesson-chunk" data-h="(\d+)">/g)].map((m) => Number(m[1])));
  return [...heights].sort((a, b) => a - b)
    .map((h) => `.lesson-chunk[data-h="${h}"]{contain-intrinsic-size:auto ${h}px}`).join("\n");
}
