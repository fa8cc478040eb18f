// The lesson page: header with one card per exercise (open, next hint, solution), then the first screens
// of the prerendered lesson body; the rest of the body follows as data the page appends once painted.
// Its stylesheets are inlined (lesson-styles.ts), so the first paint waits for no request but fonts.
import type { LessonPage, LessonViewState } from "../../protocol/webview";
import { firstScreenFonts } from "./first-screen-fonts";
import { laterChunksElement, splitLessonBody } from "./lesson-chunks";
import { katexFontUri, lessonStylesheet, type LessonStyles } from "./lesson-styles";
import { escapeAttribute, webviewHtml } from "../webview-html";

export interface LessonHtmlOptions {
  readonly page: LessonPage;
  readonly cspSource: string;
  readonly nonce: string;
  /** Base URI of dist/webviews as the webview sees it (asWebviewUri), without trailing slash. */
  readonly webviewsBase: string;
  /** KaTeX's and the lesson's stylesheets, read once per session; inlined into the page (lesson-styles.ts). */
  readonly styles: LessonStyles;
  readonly equation?: string;
}

export function lessonHtml(o: LessonHtmlOptions): string {
  const { page } = o;
  const state: LessonViewState = { lessonId: page.id, exercises: page.exercises, ...(o.equation ? { equation: o.equation } : {}) };
  const cards = page.exercises.map((e, i) => {
    const name = escapeAttribute(e.name);
    // The open button is the first element carrying data-exercise in the card (UI tests click it by that).
    return `<li class="exercise-card">`
      + `<div class="exercise-name"><span class="exercise-number" aria-hidden="true">${i + 1}</span>`
      + `<span class="exercise-title">${escapeAttribute(e.title)}</span></div>`
      + `<div class="exercise-buttons">`
      + `<button type="button" class="open-exercise" data-exercise="${name}" title="Open the exercise file ${name}.ts">Open <code>${name}.ts</code></button>`
      + `<button type="button" class="next-hint secondary" data-exercise="${name}" title="Hints unlock one by one after failed Verify attempts">Next hint</button>`
      + `<button type="button" class="show-solution secondary" data-exercise="${name}" title="The model solution: free once verified, asks first otherwise">Solution</button>`
      + `</div><p class="hint-text" data-exercise="${name}" aria-live="polite" hidden></p></li>`;
  }).join("");
  const exercises = cards
    ? `<nav class="lesson-exercises" aria-label="Exercises"><p class="exercises-label">Exercises</p><ol class="exercise-list">${cards}</ol></nav>`
    : "";
  const header = `<header class="lesson-header"><p class="lesson-meta">Lesson ${escapeAttribute(page.id)} · about ${page.minutes} min</p>${exercises}</header>`;
  const body = splitLessonBody(page.html);
  return webviewHtml({
    title: `${page.id} ${page.title}`,
    cspSource: o.cspSource,
    nonce: o.nonce,
    scriptUri: `${o.webviewsBase}/lesson.js`,
    styleUris: [],
    fontPreloads: firstScreenFonts(page.html).map((f) => ({ href: katexFontUri(o.webviewsBase, f.file), font: f.font })),
    inlineCss: `${lessonStylesheet(o.styles, o.webviewsBase)}\n${page.css}`,
    state,
    body: `${header}<article class="lesson-body">${body.first}</article>${laterChunksElement(body.later)}`,
  });
}
