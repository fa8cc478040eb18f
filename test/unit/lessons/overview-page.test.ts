// The course overview page and the lesson page's hint buttons in headless Chromium, under the
// extension's CSP: progress drawn from the state, clicks become messages, nothing runs from titles.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { overviewHtml } from "../../../extension/course-ui/overview-html";
import { overviewState, type ExerciseRecord, type RecordOf } from "../../../extension/course-ui/progress-model";
import { lessonHtml } from "../../../extension/lessons/lesson-html";
import type { CourseIndex, LessonInfo } from "../../../protocol/course";
import type { OverviewState } from "../../../protocol/webview";
import { launchChromium, lessonAssets, origin, serve, watchCsp } from "./browser";

let browser: Browser;
before(async () => { browser = await launchChromium(); });
after(async () => { await browser.close(); });

function lesson(id: string, title: string, names: string[]): LessonInfo {
  return { id, folder: `${id}-x`, title, minutes: 12, prerequisites: [], equations: [],
    exercises: names.map((name) => ({ name, title: `${name} title`, lesson: id, file: `${id}-x/${name}.ts` })) };
}

const index: CourseIndex = {
  parts: [{ number: 1, title: "Linear algebra", lessons: ["1.1", "1.2"] }],
  lessons: [lesson("1.1", "Vectors <img src=x onerror=alert(1)>", ["lpNorm", "cosine"]), lesson("1.2", "Matrices", ["matvec"])],
};
const rec = (status: ExerciseRecord["status"], attempts: number, hintsUsed: number, lastWorked: string | null): ExerciseRecord =>
  ({ status, attempts, hintsUsed, lastWorked, solutionSeen: false });
const recordOf = (records: Record<string, ExerciseRecord>): RecordOf => (l, e) => records[`${l}/${e}`] ?? rec("not-started", 0, 0, null);

const messages = (page: Page) => page.evaluate(() => (window as unknown as { __mathlabMessages: unknown[] }).__mathlabMessages);

async function open(html: string): Promise<{ page: Page; csp: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const csp = await watchCsp(page);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("dialog", (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
  await serve(page, html);
  await page.goto(`${origin}/index.html`);
  return { page, csp, errors };
}

void test("the overview draws progress bars, Continue and every exercise, with no CSP violation", async () => {
  const state = overviewState(index, recordOf({ "1.1/lpNorm": rec("verified", 2, 1, "2025-01-01T00:00:00.000Z") }), true);
  const { page, csp, errors } = await open(overviewHtml({ state, cspSource: origin, nonce: "TESTNONCE0123456789", webviewsBase: `${origin}/webviews` }));
  await page.locator("body[data-ready='true']").waitFor({ timeout: 15_000 });
  assert.equal(await page.locator("#summary").textContent(), "1 of 3 exercises verified");
  const lessonBar = page.locator("li.lesson[data-lesson='1.1'] progress.bar");
  assert.deepEqual(await lessonBar.evaluate((p: HTMLProgressElement) => [p.value, p.max]), [1, 2]);
  assert.match(await page.locator(".continue-button").textContent() ?? "", /Continue where you left off.*1\.1.*cosine\(\)/);
  assert.equal(await page.locator("li.exercise.verified").count(), 1);
  assert.match(await page.locator("li.exercise.verified .facts").textContent() ?? "", /verified · 2 attempts · 1 hint/);
  assert.equal(await page.locator("li.exercise.next").count(), 1);
  // The hostile title is text, not markup.
  assert.equal(await page.locator("img").count(), 0);
  assert.match(await page.locator("button.open-lesson").first().textContent() ?? "", /<img src=x onerror=alert\(1\)>/);
  assert.deepEqual(csp, []);
  assert.deepEqual(errors, []);
  await page.close();
});

void test("overview clicks become messages, and a progress message redraws it", async () => {
  const state = overviewState(index, recordOf({}), true);
  const { page } = await open(overviewHtml({ state, cspSource: origin, nonce: "TESTNONCE0123456789", webviewsBase: `${origin}/webviews` }));
  await page.locator("body[data-ready='true']").waitFor({ timeout: 15_000 });
  assert.match(await page.locator(".continue-button").textContent() ?? "", /^Start with/);
  await page.click(".continue-button");
  await page.click("li.lesson[data-lesson='1.2'] button.open-lesson");
  await page.click("button.open-exercise[data-exercise='matvec']");
  assert.deepEqual(await messages(page), [
    { type: "ready" }, { type: "continue" }, { type: "openLesson", lessonId: "1.2" }, { type: "openExercise", lessonId: "1.2", exercise: "matvec" },
  ]);
  const all = recordOf(Object.fromEntries(["1.1/lpNorm", "1.1/cosine", "1.2/matvec"].map((k) => [k, rec("verified", 1, 0, null)])));
  const done: OverviewState = overviewState(index, all, true);
  await page.evaluate((s) => window.postMessage({ type: "progress", state: s }, "*"), done);
  await page.locator("#continue .done").waitFor({ timeout: 5_000 });
  assert.equal(await page.locator("#summary").textContent(), "3 of 3 exercises verified");
  assert.equal(await page.locator("li.lesson.complete").count(), 2);
  await page.close();
});

void test("without a course workspace the overview offers Open Course", async () => {
  const state = overviewState(index, recordOf({}), false);
  const { page } = await open(overviewHtml({ state, cspSource: origin, nonce: "TESTNONCE0123456789", webviewsBase: `${origin}/webviews` }));
  await page.click("button.open-course");
  assert.deepEqual((await messages(page)).at(-1), { type: "openCourse" });
  await page.close();
});

void test("the lesson page's Next hint asks the extension and shows the answer under the exercise", async () => {
  const page = { id: "1.1", title: "Vectors", minutes: 10, html: "<p>Body</p>", css: "", equations: [],
    exercises: [{ name: "lpNorm", title: "Lp norm" }, { name: "cosine", title: "Cosine" }] };
  const { page: p, csp, errors } = await open(lessonHtml({ page, cspSource: origin, nonce: "TESTNONCE0123456789", webviewsBase: `${origin}/webviews`, assets: lessonAssets() }));
  await p.locator("body[data-ready='true']").waitFor({ timeout: 15_000 });
  await p.click("button.next-hint[data-exercise='cosine']");
  await p.click("button.show-solution[data-exercise='lpNorm']");
  const sent = (await messages(p)) as { type: string }[];
  assert.deepEqual(sent.filter((m) => m.type !== "ready"), [
    { type: "showHint", lessonId: "1.1", exercise: "cosine" }, { type: "showSolution", lessonId: "1.1", exercise: "lpNorm" },
  ]);
  await p.evaluate(() => window.postMessage({ type: "hint", exercise: "cosine", text: "Hint 1 of 2: <b>normalise</b> first", locked: false }, "*"));
  const box = p.locator("p.hint-text[data-exercise='cosine']");
  await box.waitFor({ state: "visible", timeout: 5_000 });
  assert.equal(await box.textContent(), "Hint 1 of 2: <b>normalise</b> first");
  assert.ok(await p.locator("p.hint-text[data-exercise='lpNorm']").isHidden());
  await p.evaluate(() => window.postMessage({ type: "hint", exercise: "cosine", text: "Hint 2 of 2 unlocks after one more failed Verify.", locked: true }, "*"));
  await p.locator("p.hint-text.locked").waitFor({ timeout: 5_000 });
  assert.deepEqual(csp, []);
  assert.deepEqual(errors, []);
  await p.close();
});
