// The initial HTML of a lesson carries only its first screens of chunks (scripts/lessons/chunks.ts); the
// rest travel as an inert JSON array of HTML strings that the page appends after its first frame is
// painted (webviews/lesson/later-chunks.ts). Parsing, styling and laying out 200–400 KiB of typeset math
// before the first paint is what made large lessons slow to open.

import { jsonScriptText } from "../webview-html";

const chunkOpen = /<div class="lesson-chunk" data-h="(\d+)">/g;

/**
 * How much of the lesson goes into the initial HTML: chunks until their estimated heights reach this (px),
 * and always at least one chunk: enough to fill a tall editor even where the estimates run high. The first
 * frame lays out no more than the viewport (webviews/lesson-boot.ts); the rest of this part only costs
 * its parsing, and is there at once when the student scrolls.
 */
export const firstPartPx = 2000;

export interface SplitBody {
  /** HTML of the first chunks (the whole body when it has no chunks). */
  readonly first: string;
  /** HTML of each remaining chunk, in order. */
  readonly later: readonly string[];
}

export function splitLessonBody(html: string, px = firstPartPx): SplitBody {
  const opens = [...html.matchAll(chunkOpen)];
  let height = 0;
  for (let i = 0; i < opens.length; i++) {
    if (i > 0 && height >= px) {
      const later = opens.slice(i).map((m, k) => html.slice(m.index, opens[i + k + 1]?.index ?? html.length));
      return { first: html.slice(0, opens[i]!.index), later };
    }
    height += Number(opens[i]![1]);
  }
  return { first: html, later: [] };
}

/** The later chunks as an inert JSON data block (jsonScriptText). */
export function laterChunksElement(later: readonly string[]): string {
  if (!later.length) return "";
  return `<script type="application/json" id="later-chunks">${jsonScriptText(later)}</script>`;
}
