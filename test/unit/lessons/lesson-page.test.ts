// The lesson webview in headless Chromium under the extension's CSP.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { lessonHtml } from "../../../extension/lessons/lesson-html";
import type { LessonPage } from "../../../protocol/webview";
import { renderLessonBody } from "../../../scripts/lessons/lesson-markdown";
import { splitFrontMatter } from "../../../scripts/lessons/front-matter";
import { launchChromium, lessonAssets, origin, root, serve, watchCsp } from "./browser";

const macros = JSON.parse(readFileSync(join(root, "lessons", "macros.json"), "utf8")) as Record<string, string>;

function pageFor(markdown: string, id = "6.2"): LessonPage {
  const split = splitFrontMatter(markdown);
  const body = renderLessonBody(split.meta ? split.body : markdown, { macros, labelsInCode: new Set(["eq:softmax"]) });
  return {
    id, title: split.meta?.title ?? "Test", minutes: split.meta?.minutes ?? 5, html: body.html, css: body.css,
    exercises: split.meta?.exercises ?? [{ name: "softmax", title: "Softmax" }],
    equations: body.equations.map((e) => ({ label: e.label, latex: e.latex, number: e.number })),
  };
}

let browser: Browser;
before(async () => { browser = await launchChromium(); });
after(async () => { await browser.close(); });

/** Opens a lesson and waits until its first screen is painted (and, with `complete`, until all of it is on the page). */
async function open(lesson: LessonPage, equation?: string, complete = false): Promise<{ page: Page; csp: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const csp = await watchCsp(page);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("dialog", (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
  await serve(page, lessonHtml({ page: lesson, cspSource: origin, nonce: "TESTNONCE0123456789", webviewsBase: `${origin}/webviews`, assets: lessonAssets(), ...(equation ? { equation } : {}) }));
  await page.goto(`${origin}/index.html`);
  await page.locator("body[data-ready='true']").waitFor({ timeout: 15_000 });
  if (complete) await page.locator("body[data-complete='true']").waitFor({ timeout: 15_000 });
  return { page, csp, errors };
}

const messages = (page: Page) => page.evaluate(() => (window as unknown as { __mathlabMessages: unknown[] }).__mathlabMessages);

void test("lesson 6.2 paints typeset math under the strict CSP, with no violation", async () => {
  const lesson = pageFor(readFileSync(join(root, "lessons", "6.2-logistic-softmax", "lesson.md"), "utf8"));
  const { page, csp, errors } = await open(lesson, undefined, true);
  // Every chunk is on the page once it says it is complete, the later ones appended from inert data.
  assert.equal(await page.locator(".lesson-chunk").count(), (lesson.html.match(/class="lesson-chunk"/g) ?? []).length);
  assert.equal(await page.locator("#later-chunks").count(), 0);
  assert.ok(await page.locator(".katex").count() > 50);
  assert.deepEqual(csp, []);
  assert.deepEqual(errors, []);
  // KaTeX's positioning survived the move from style attributes to classes: a fraction has height.
  const fracHeight = await page.locator("#eq\\:sigmoid .mfrac").first().evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(fracHeight > 20, `fraction height ${fracHeight}`);
  // The KaTeX fonts were loaded from the extension.
  assert.ok(await page.evaluate(() => document.fonts.check("16px KaTeX_Main")));
  // Figures are drawn as they come near the viewport.
  for (const figure of await page.locator("figure.plot").all()) {
    await figure.scrollIntoViewIfNeeded();
    await figure.locator("canvas.plot-surface[data-drawn]").waitFor({ timeout: 5_000 });
  }
  assert.equal(await page.locator("canvas.plot-surface[data-drawn]").count(), 3);
  await page.close();
});

void test("derivation steps reveal one at a time by button and keyboard, and show all", async () => {
  const md = "```derivation\ntitle: T\n---\na = b\n> one\n\n= c\n> two\n\n= d {#eq:last}\n> three\n```\n";
  const { page } = await open(pageFor(md));
  const visible = () => page.locator(".derivation-step:visible").count();
  assert.equal(await visible(), 1);
  await page.click(".derivation-next");
  assert.equal(await visible(), 2);
  assert.equal(await page.locator(".derivation-progress").textContent(), "Step 2 of 3");
  await page.focus("section.derivation");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await visible(), 1);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  assert.equal(await visible(), 3);
  assert.ok(await page.locator(".derivation-next").isDisabled());
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await page.click(".derivation-all");
  assert.equal(await visible(), 3);
  const state = await page.evaluate(() => (window as unknown as { __mathlabState: { revealed: number[] } }).__mathlabState);
  assert.deepEqual(state.revealed, [3]);
  await page.close();
});

void test("opening at an equation inside a derivation reveals the steps up to it", async () => {
  const md = "```derivation\na = b\n> one\n\n= c\n> two\n\n= d {#eq:last}\n> three\n```\n";
  const { page } = await open(pageFor(md), "eq:last");
  assert.ok(await page.locator("#eq\\:last").isVisible());
  assert.equal(await page.locator(".derivation-step:visible").count(), 3);
  await page.close();
});

void test("buttons post openExercise, copyLatex and revealEquationInCode; equation links scroll", async () => {
  const md = "$$\n\\softmax(z)_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}\n$$ {#eq:softmax}\n\nSee [the softmax](#eq:softmax), [lesson 4.4](lesson:4.4) and [docs](https://example.com/x).\n";
  const { page } = await open(pageFor(md));
  await page.click("[data-exercise='softmax']");
  await page.hover("#eq\\:softmax");
  await page.click("#eq\\:softmax button.copy-latex");
  await page.click("#eq\\:softmax button.eq-code");
  await page.click("a[data-lesson]");
  await page.click("a[href^='https:']");
  assert.equal(page.url(), `${origin}/index.html`);
  assert.deepEqual((await messages(page)).slice(1), [
    { type: "openExercise", lessonId: "6.2", exercise: "softmax" },
    { type: "copyLatex", latex: "\\softmax(z)_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}" },
    { type: "revealEquationInCode", lessonId: "6.2", label: "eq:softmax" },
    { type: "openLesson", lessonId: "4.4" },
    { type: "openExternal", href: "https://example.com/x" },
  ]);
  await page.close();
});

void test("copying a selection with math gives its LaTeX", async () => {
  const { page } = await open(pageFor("Energy $E = mc^2$ here.\n"));
  const text = await page.evaluate(() => {
    const p = document.querySelector(".lesson-body p")!;
    const range = document.createRange();
    range.selectNodeContents(p);
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    const data = new DataTransfer();
    const event = new ClipboardEvent("copy", { clipboardData: data, bubbles: true, cancelable: true });
    p.dispatchEvent(event);
    return data.getData("text/plain");
  });
  assert.equal(text, "Energy $E = mc^2$ here.");
  await page.close();
});

void test("a hostile lesson renders inert: nothing executes, no dialog, no navigation", async () => {
  const md = [
    "<script>window.pwned = 1; alert(1)</script>",
    "",
    '<img src="x" onerror="window.pwned = 2">',
    "",
    "[click me](javascript:window.pwned=3) [data](data:text/html,<script>alert(1)</script>)",
    "",
    "<a href=\"javascript:window.pwned=4\">raw</a>",
  ].join("\n");
  const { page, csp, errors } = await open(pageFor(md));
  for (const a of await page.locator(".lesson-body a").all()) await a.click();
  await page.click(".lesson-body p");
  assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
  assert.equal(await page.locator(".lesson-body script, .lesson-body img").count(), 0);
  assert.deepEqual(errors, []);
  assert.deepEqual(csp, []);
  assert.equal(page.url(), `${origin}/index.html`);
  // The only page script is the nonce'd bundle; an injected inline script would be refused by the CSP.
  const injected = await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.pwned = 5";
    document.body.append(s);
    return (window as unknown as { pwned?: number }).pwned;
  });
  assert.equal(injected, undefined);
  // ...and the refusal is reported, which shows the CSP watcher used above does see violations.
  await page.waitForFunction(() => true);
  await new Promise((r) => setTimeout(r, 100));
  assert.ok((csp as string[]).some((v) => v.startsWith("script-src")), csp.join(", "));
  await page.close();
});

void test("three exercises lay out as cards whose buttons stay inside them, wide and narrow", async () => {
  const md = "---\nid: \"6.2\"\ntitle: T\nminutes: 5\nexercises:\n  - name: softmax\n    title: Softmax over the last axis\n  - name: logisticGradient\n    title: Gradient of the logistic loss\n  - name: softmaxRegressionStep\n    title: One gradient step of softmax regression\n---\nText $x$.\n";
  const { page } = await open(pageFor(md));
  for (const width of [900, 380]) {
    await page.setViewportSize({ width, height: 600 });
    const cards = await page.locator(".exercise-card").all();
    assert.equal(cards.length, 3);
    for (const card of cards) {
      const box = (await card.boundingBox())!;
      for (const button of await card.locator("button").all()) {
        const b = (await button.boundingBox())!;
        assert.ok(b.x >= box.x && b.x + b.width <= box.x + box.width + 0.5, `button outside its card at ${width}px`);
      }
      // The three buttons of a card share a row when the panel is wide.
      const tops = new Set(await card.locator("button").evaluateAll((bs) => bs.map((b) => Math.round(b.getBoundingClientRect().top))));
      if (width === 900) assert.equal(tops.size, 1);
    }
  }
  // The first element marked with an exercise name is its Open button (what the UI tests click).
  assert.equal(await page.locator("[data-exercise='softmax']").first().evaluate((el) => el.className), "open-exercise");
  await page.close();
});

void test("the first screen's faces come inside the page: painted with no font request, no CSP report", async () => {
  const lesson = pageFor(readFileSync(join(root, "lessons", "6.2-logistic-softmax", "lesson.md"), "utf8"));
  const { page, csp, errors } = await open(lesson);
  // The first screens came with the page; the rest is appended after the first paint.
  await page.locator("body[data-complete='true']").waitFor({ timeout: 15_000 });
  const [paintedAt, completeAt] = await page.evaluate(() => ["mathlab-painted", "mathlab-complete"].map((n) => performance.getEntriesByName(n)[0]!.startTime));
  assert.ok(paintedAt! < completeAt!, `painted ${paintedAt}, complete ${completeAt}`);
  // The carried faces are FontFace objects made from bytes, loaded, and no font file was fetched
  // before the mark.
  const carried = await page.evaluate(() => {
    const loaded: string[] = [];
    document.fonts.forEach((f) => { if (f.status === "loaded") loaded.push(`${f.family} ${f.style} ${f.weight}`); });
    return loaded;
  });
  for (const face of ["KaTeX_Main normal 400", "KaTeX_Math italic 400"]) assert.ok(carried.includes(face), `${face} not among ${carried.join(", ")}`);
  const requested = await page.evaluate((marked) => (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
    .filter((r) => r.name.endsWith(".woff2") && r.startTime <= marked).map((r) => r.name), paintedAt!);
  assert.deepEqual(requested, [], "no font was fetched before the first screen was painted");
  assert.deepEqual(csp, []);
  assert.deepEqual(errors, []);
  // Below the fold, chunks are skipped until scrolled to: the first formula is rendered, the last not yet.
  assert.ok(await page.locator(".lesson-chunk").count() > 5);
  const rendered = (el: Element): boolean => el.checkVisibility({ contentVisibilityAuto: true });
  assert.equal(await page.locator(".katex").first().evaluate(rendered), true);
  assert.equal(await page.locator(".katex").last().evaluate(rendered), false);
  await page.locator(".katex").last().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => Array.from(document.querySelectorAll(".katex")).pop()!.checkVisibility({ contentVisibilityAuto: true }), undefined, { timeout: 5_000 });
  await page.close();
});

/** A lesson long enough that its end comes in later chunks: ten sections of prose, then a derivation and an equation. */
function longLesson(): string {
  const prose = "The logistic loss compares a predicted probability with a label; its gradient is the difference between them, times the input. ".repeat(5);
  const sections = Array.from({ length: 10 }, (_, i) => `## Section ${i + 1}\n\n${i === 0 ? "Jump to [the last step](#eq:late).\n\n" : ""}${prose}\n\n${prose}\n`);
  return [
    ...sections,
    "## The end\n\n```derivation\na = b\n> one\n\n= c\n> two\n\n= d {#eq:late}\n> three\n```\n",
    "$$\n\\softmax(z)_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}\n$$ {#eq:softmax}\n",
  ].join("\n");
}

void test("later chunks are appended after the first paint and work like the first ones", async () => {
  const lesson = pageFor(longLesson());
  const html = lessonHtml({ page: lesson, cspSource: origin, nonce: "TESTNONCE0123456789", webviewsBase: `${origin}/webviews`, assets: lessonAssets() });
  const article = /<article class="lesson-body">[\s\S]*?<\/article>/.exec(html)![0];
  assert.doesNotMatch(article, /id="eq:(late|softmax)"/);
  assert.match(html, /id=\\"eq:late\\"/);
  assert.match(article, /Section 1/);
  const { page, csp, errors } = await open(lesson, undefined, true);
  assert.deepEqual(csp, []);
  assert.deepEqual(errors, []);
  assert.equal(await page.locator(".lesson-chunk").count(), (lesson.html.match(/class="lesson-chunk"/g) ?? []).length);
  // The derivation of the last chunk reveals its steps and remembers them.
  await page.locator("section.derivation").scrollIntoViewIfNeeded();
  assert.equal(await page.locator(".derivation-step:visible").count(), 1);
  await page.click(".derivation-next");
  assert.equal(await page.locator(".derivation-step:visible").count(), 2);
  const state = await page.evaluate(() => (window as unknown as { __mathlabState: { revealed: number[] } }).__mathlabState);
  assert.deepEqual(state.revealed, [2]);
  // Its equation copies as LaTeX and leads to the code.
  await page.hover("#eq\\:softmax");
  await page.click("#eq\\:softmax button.copy-latex");
  await page.click("#eq\\:softmax button.eq-code");
  assert.deepEqual((await messages(page)).slice(1), [
    { type: "copyLatex", latex: "\\softmax(z)_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}" },
    { type: "revealEquationInCode", lessonId: "6.2", label: "eq:softmax" },
  ]);
  // A link in the first chunk scrolls to the last step and reveals it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.click("a[href='#eq:late']");
  assert.equal(await page.locator(".derivation-step:visible").count(), 3);
  await page.waitForFunction(() => {
    const r = document.getElementById("eq:late")!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, undefined, { timeout: 5_000 });
  await page.close();
});

void test("opening at an equation in a later chunk appends it at once, reveals and scrolls to it", async () => {
  const lesson = pageFor(longLesson());
  const { page } = await open(lesson, "eq:late");
  // Flashed while the page was opening, so it was on the page before the first paint was marked.
  assert.equal(await page.locator("#eq\\:late.flash").count(), 1);
  assert.equal(await page.locator(".derivation-step:visible").count(), 3);
  assert.ok(await page.evaluate(() => window.scrollY) > 1000);
  await page.close();
  // The extension asking to scroll to it (the lesson already open) works the same, whether appended or not.
  const second = await open(lesson);
  await second.page.evaluate(() => window.postMessage({ type: "scrollToEquation", label: "eq:late" }, "*"));
  await second.page.locator("#eq\\:late.flash").waitFor({ timeout: 5_000 });
  assert.equal(await second.page.locator(".derivation-step:visible").count(), 3);
  await second.page.close();
});

void test("a page restored at a scroll position is marked painted there, once; another lesson's state is ignored", async () => {
  const lesson = pageFor(longLesson());
  const html = lessonHtml({ page: lesson, cspSource: origin, nonce: "TESTNONCE0123456789", webviewsBase: `${origin}/webviews`, assets: lessonAssets() });
  const openWith = async (saved: object): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    await page.addInitScript((s) => { (window as unknown as { __mathlabState: unknown }).__mathlabState = s; }, saved);
    await serve(page, html);
    await page.goto(`${origin}/index.html`);
    await page.locator("body[data-ready='true']").waitFor({ timeout: 15_000 });
    return page;
  };
  const restored = await openWith({ lessonId: "6.2", revealed: [], scrollY: 1500 });
  assert.equal(await restored.evaluate(() => performance.getEntriesByName("mathlab-painted").length), 1);
  assert.equal(await restored.evaluate(() => window.scrollY), 1500);
  // Everything up to that place was on the page before the mark: every chunk was appended at once.
  assert.equal(await restored.locator(".lesson-chunk").count(), (lesson.html.match(/class="lesson-chunk"/g) ?? []).length);
  await restored.close();
  const other = await openWith({ lessonId: "1.1", revealed: [], scrollY: 1500 });
  assert.equal(await other.evaluate(() => performance.getEntriesByName("mathlab-painted").length), 1);
  assert.equal(await other.evaluate(() => window.scrollY), 0);
  await other.close();
});
