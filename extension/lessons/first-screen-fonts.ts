// Which KaTeX fonts the first screen of a prerendered lesson needs, so the page can preload them: without
// a preload Chromium asks for a font only once layout meets a glyph in it, and KaTeX's fonts use
// font-display: block, so formulas stay invisible until then. Read from the KaTeX classes of the first
// chunks (scripts/lessons/chunks.ts); a regex scan over some tens of KiB, well under a millisecond.

export interface KatexFont {
  /** File name below katex/fonts/ */
  readonly file: string;
  /** CSS font shorthand for document.fonts.load() */
  readonly font: string;
}

const main: KatexFont = { file: "KaTeX_Main-Regular.woff2", font: "1em KaTeX_Main" };

/** KaTeX class → the face it is drawn in, in the order of how often lessons use them. */
const byClass: readonly (readonly [RegExp, KatexFont])[] = [
  [/class="[^"]*\bmathnormal\b/, { file: "KaTeX_Math-Italic.woff2", font: "italic 1em KaTeX_Math" }],
  [/class="[^"]*\b(?:amsrm|mathbb)\b/, { file: "KaTeX_AMS-Regular.woff2", font: "1em KaTeX_AMS" }],
  // Big operators and delimiters: one size each, or stacked from pieces of Size1/Size4 (delim-size*).
  [/class="[^"]*\b(?:small-op|delimsizing size1|delim-size1)\b/, { file: "KaTeX_Size1-Regular.woff2", font: "1em KaTeX_Size1" }],
  [/class="[^"]*\b(?:large-op|delimsizing size2)\b/, { file: "KaTeX_Size2-Regular.woff2", font: "1em KaTeX_Size2" }],
  [/class="[^"]*\bdelimsizing size3\b/, { file: "KaTeX_Size3-Regular.woff2", font: "1em KaTeX_Size3" }],
  [/class="[^"]*\b(?:delimsizing size4|delim-size4)\b/, { file: "KaTeX_Size4-Regular.woff2", font: "1em KaTeX_Size4" }],
  [/class="[^"]*\b(?:mathbf|textbf)\b/, { file: "KaTeX_Main-Bold.woff2", font: "bold 1em KaTeX_Main" }],
  [/class="[^"]*\bboldsymbol\b/, { file: "KaTeX_Math-BoldItalic.woff2", font: "italic bold 1em KaTeX_Math" }],
  [/class="[^"]*\bmathcal\b/, { file: "KaTeX_Caligraphic-Regular.woff2", font: "1em KaTeX_Caligraphic" }],
];

/**
 * How much of the lesson the first frame lays out: chunks until their estimated heights pass this (px).
 * Chromium renders content-visibility: auto content within half a viewport beyond the visible area, so
 * this is about a tall editor (1000 px) and a half.
 */
const firstScreenPx = 1600;

/** The prefix of the lesson body that the first screen shows (whole body if it has no chunks). */
export function firstScreenHtml(html: string): string {
  let height = 0;
  for (const m of html.matchAll(/<div class="lesson-chunk" data-h="(\d+)">/g)) {
    if (height >= firstScreenPx) return html.slice(0, m.index);
    height += Number(m[1]);
  }
  return html;
}

/** The fonts to preload, at most `limit`, the main text face first. */
export function firstScreenFonts(html: string, limit = 6): KatexFont[] {
  const head = firstScreenHtml(html);
  if (!head.includes('class="katex"')) return [];
  const fonts = [main];
  for (const [pattern, font] of byClass) {
    if (fonts.length >= limit) break;
    if (pattern.test(head)) fonts.push(font);
  }
  return fonts;
}
