// The first frame of every lesson of the course: the chunks it shows fill the viewport, those below it
// wait (content-visibility: hidden) until the frame is painted, and then become ordinary chunks again.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { lessonHtml } from "../../../extension/lessons/lesson-html";
import { buildCourse } from "../../../scripts/lessons/build-course";
import { launchChromium, lessonAssets, origin, root, serve } from "./browser";

let browser: Browser;
before(async () => { browser = await launchChromium(); });
after(async () => { await browser.close(); });

interface AtMark { deferredTop: number | null; deferred: number; shownBottom: number; lastShownTop: number; viewport: number; laterLeft: boolean }

for (const size of [{ width: 900, height: 700 }, { width: 600, height: 1300 }]) {
  void test(`every lesson's first frame (${size.width}×${size.height}) shows a full viewport and lays out no chunk below it`, async () => {
    const built = buildCourse(root);
    assert.ok(built.pages.length >= 10);
    for (const lesson of built.pages) {
      const page = await browser.newPage({ viewport: size });
      // What the page looked like when the first paint was marked, measured at that moment.
      await page.addInitScript(() => {
        const mark = performance.mark.bind(performance);
        performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
          if (name === "mathlab-painted") {
            const deferred = document.querySelectorAll(".lesson-chunk.until-painted");
            const shown = Array.from(document.querySelectorAll(".lesson-chunk.first-screen"));
            (window as unknown as { __atMark: AtMark }).__atMark = {
              deferredTop: deferred[0]?.getBoundingClientRect().top ?? null,
              deferred: deferred.length,
              shownBottom: shown.length ? shown[shown.length - 1]!.getBoundingClientRect().bottom : 0,
              lastShownTop: shown.length ? shown[shown.length - 1]!.getBoundingClientRect().top : 0,
              viewport: window.innerHeight,
              laterLeft: !!document.getElementById("later-chunks"),
            };
          }
          return mark(name, options);
        }) as typeof performance.mark;
      });
      await serve(page, lessonHtml({ page: lesson, cspSource: origin, nonce: "TESTNONCE0123456789", webviewsBase: `${origin}/webviews`, assets: lessonAssets() }));
      await page.goto(`${origin}/index.html`);
      await page.locator("body[data-ready='true']").waitFor({ timeout: 15_000 });
      const at = await page.evaluate(() => (window as unknown as { __atMark: AtMark }).__atMark);
      const where = `lesson ${lesson.id}: ${JSON.stringify(at)}`;
      // No chunk that starts below the viewport was laid out for the first frame ...
      assert.ok(at.lastShownTop < at.viewport, `${where}: a chunk below the viewport was shown`);
      if (at.laterLeft) assert.ok(at.deferred > 0 || at.shownBottom < 2 * at.viewport, `${where}: nothing was deferred`);
      // ... the chunks that were shown reach past the bottom of the viewport (or are all there is) ...
      if (at.deferred > 0 || at.laterLeft) assert.ok(at.shownBottom >= at.viewport, `${where}: the first frame left the bottom of the viewport empty`);
      // ... and the first deferred one starts below it.
      if (at.deferredTop !== null) assert.ok(at.deferredTop >= at.viewport, where);
      assert.equal(await page.locator(".until-painted, .first-screen").count(), 0, `${where}: chunks still held after the mark`);
      await page.close();
    }
  });
}
