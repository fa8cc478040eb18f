// The lesson page: header with the exercise buttons, then the prerendered lesson body.
import type { LessonPage, LessonViewState } from "../../protocol/webview";
import { firstScreenFonts } from "./first-screen-fonts";
import { escapeAttribute, webviewHtml } from "./webview-html";

export interface LessonHtmlOptions {
  readonly page: LessonPage;
  readonly cspSource: string;
  readonly nonce: string;
  /** Base URI of dist/webviews as the webview sees it (asWebviewUri), without trailing slash. */
  readonly webviewsBase: string;
  readonly equation?: string;
}

export function lessonHtml(o: LessonHtmlOptions): string {
  const { page } = o;
  const state: LessonViewState = { lessonId: page.id, exercises: page.exercises, ...(o.equation ? { equation: o.equation } : {}) };
  const buttons = page.exercises.map((e) => {
    const name = escapeAttribute(e.name);
    return `<div class="exercise-actions" data-exercise="${name}">`
      + `<button type="button" class="open-exercise" data-exercise="${name}" title="Open the exercise file ${name}.ts">`
      + `Open exercise: <code>${name}</code> <span class="exercise-title">${escapeAttribute(e.title)}</span></button>`
      + `<button type="button" class="next-hint secondary" data-exercise="${name}" title="Hints unlock one by one after failed Verify attempts">Next hint</button>`
      + `<button type="button" class="show-solution secondary" data-exercise="${name}" title="The model solution: free once verified, asks first otherwise">Solution</button>`
      + `<p class="hint-text" data-exercise="${name}" aria-live="polite" hidden></p></div>`;
  }).join("");
  const header = `<header class="lesson-header"><p class="lesson-meta">Lesson ${escapeAttribute(page.id)} · about ${page.minutes} min</p>`
    + (buttons ? `<nav class="lesson-exercises" aria-label="Exercises">${buttons}</nav>` : "") + `</header>`;
  return webviewHtml({
    title: `${page.id} ${page.title}`,
    cspSource: o.cspSource,
    nonce: o.nonce,
    scriptUri: `${o.webviewsBase}/lesson.js`,
    styleUris: [`${o.webviewsBase}/katex/katex.min.css`, `${o.webviewsBase}/lesson.css`],
    fontPreloads: firstScreenFonts(page.html).map((f) => ({ href: `${o.webviewsBase}/katex/fonts/${f.file}`, font: f.font })),
    inlineCss: page.css,
    state,
    body: `${header}<article class="lesson-body">${page.html}</article>`,
  });
}
