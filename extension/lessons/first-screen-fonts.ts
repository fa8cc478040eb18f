// Which KaTeX font files the first part of a prerendered lesson (lesson-chunks.ts) needs, so the page can carry them
// inside its HTML (lesson-assets.ts, webviews/lesson-boot.ts): KaTeX's faces use font-display: block, so
// formulas stay invisible until their faces arrive, and a face fetched from the extension arrives only
// after the HTML is parsed and laid out. Read from the KaTeX classes of the first chunks
// (scripts/lessons/chunks.ts); a regex scan over some tens of KiB, well under a millisecond.

import { splitLessonBody } from "./lesson-chunks";

const main = "KaTeX_Main-Regular.woff2";

/** KaTeX class → the file of the face it is drawn in, in the order of how often lessons use them. */
const byClass: readonly (readonly [RegExp, string])[] = [
  [/class="[^"]*\bmathnormal\b/, "KaTeX_Math-Italic.woff2"],
  [/class="[^"]*\b(?:amsrm|mathbb)\b/, "KaTeX_AMS-Regular.woff2"],
  // Big operators and delimiters: one size each, or stacked from pieces of Size1/Size4 (delim-size*).
  [/class="[^"]*\b(?:small-op|delimsizing size1|delim-size1)\b/, "KaTeX_Size1-Regular.woff2"],
  [/class="[^"]*\b(?:large-op|delimsizing size2)\b/, "KaTeX_Size2-Regular.woff2"],
  [/class="[^"]*\bdelimsizing size3\b/, "KaTeX_Size3-Regular.woff2"],
  [/class="[^"]*\b(?:delimsizing size4|delim-size4)\b/, "KaTeX_Size4-Regular.woff2"],
  [/class="[^"]*\b(?:mathbf|textbf)\b/, "KaTeX_Main-Bold.woff2"],
  [/class="[^"]*\bboldsymbol\b/, "KaTeX_Math-BoldItalic.woff2"],
  [/class="[^"]*\bmathcal\b/, "KaTeX_Caligraphic-Regular.woff2"],
];

/** Every file firstScreenFonts may name: what the extension reads once per session. */
export const firstScreenFontFiles: readonly string[] = [main, ...byClass.map(([, file]) => file)];

/** The font files the first screen draws with, at most `limit`, the main text face first. */
export function firstScreenFonts(html: string, limit = 6): string[] {
  const head = splitLessonBody(html).first;
  if (!head.includes('class="katex"')) return [];
  const files = [main];
  for (const [pattern, file] of byClass) {
    if (files.length >= limit) break;
    if (pattern.test(head)) files.push(file);
  }
  return files;
}
