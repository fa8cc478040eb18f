// The lesson page: header with one card per exercise (open, next hint, solution), then the first screens
// of the prerendered lesson body; the rest of the body follows as data the page appends once painted.
// Its stylesheets and the faces its first screen draws with are inside the HTML (lesson-assets.ts), so
// the first paint waits for no request at all.
import { embeddedFontsId, type EmbeddedFontFace, type LessonPage, type LessonViewState } from "../../protocol/webview";
import { firstScreenFonts } from "./first-screen-fonts";
import { laterChunksElement, splitLessonBody } from "./lesson-chunks";
import { lessonStylesheet, type LessonAssets } from "./lesson-assets";
import { escapeAttribute, webviewHtml } from "../webview-html";

export interface LessonHtmlOptions {
  readonly page: LessonPage;
  readonly cspSource: string;
  readonly nonce: string;
  /** Base URI of dist/webviews as the webview sees it (asWebviewUri), without trailing slash. */
  readonly webviewsBase: string;
  /** Stylesheets, boot script and fonts, read once per session; inlined into the page (lesson-assets.ts). */
  readonly assets: LessonAssets;
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
  // A face whose file was not read stays an @font-face rule: fetched from the extension as before.
  const wanted = firstScreenFonts(page.html).filter((file) => o.assets.fonts[file] !== undefined);
  const sheet = lessonStylesheet(o.assets, o.webviewsBase, wanted);
  const faces: EmbeddedFontFace[] = sheet.faces.map((f) => ({ family: f.family, style: f.style, weight: f.weight, data: o.assets.fonts[f.file]! }));
  return webviewHtml({
    title: `${page.id} ${page.title}`,
    cspSource: o.cspSource,
    nonce: o.nonce,
    scriptUri: `${o.webviewsBase}/lesson.js`,
    styleUris: [],
    inlineCss: `${sheet.css}\n${page.css}`,
    boot: { script: o.assets.boot, data: { id: embeddedFontsId, value: faces } },
    state,
    body: `${header}<article class="lesson-body">${body.first}</article>${laterChunksElement(body.later)}`,
  });
}
