// The UI suite: drives ML Math Lab inside a real VS Code (code-server) in Chromium, the way a
// student clicks through it. Usage: node ui.test.js <baseUrl> <courseDir> <lessonsDir> <shotsDir>
// Prints one line per step and closes with "N passed, N failed".
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { Workbench } from "./workbench";

const [baseUrl, courseDir, lessonsDir, shotsDir] = process.argv.slice(2) as [string, string, string, string];
const lessonFolder = "6.2-logistic-softmax";
const exercise = "softmax";
const exerciseFile = join(courseDir, lessonFolder, `${exercise}.ts`);

let passed = 0;
let failed = 0;
let onFailure: (name: string) => Promise<void> = async () => {};
async function step(name: string, fn: () => Promise<void>): Promise<void> {
  const t0 = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${(e instanceof Error ? e.message : String(e)).split("\n").slice(0, 3).join(" | ")}`);
    await onFailure(name).catch(() => undefined);
  }
}

function firstMistake(): string {
  const dir = join(lessonsDir, lessonFolder, `${exercise}.mistakes`);
  const file = readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()[0];
  if (!file) throw new Error(`no mistakes in ${dir}`);
  return readFileSync(join(dir, file), "utf8");
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(30_000);
  const wb = new Workbench(page, shotsDir);
  onFailure = (name) => wb.shot(`FAILED-${name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60)}`);

  await step("workbench opens the course workspace", async () => {
    await page.goto(`${baseUrl}/?folder=${encodeURIComponent(courseDir)}`);
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: lessonFolder }).waitFor({ timeout: 90_000 });
  });

  await step("lesson tree opens from the activity bar", async () => {
    await wb.activity("ML Math Lab").click();
    await wb.treeRow(/Part 6/).click();
    await wb.treeRow(/6\.2/).waitFor();
    await wb.shot("01-lesson-tree");
  });

  await step("lesson 6.2 opens with typeset math", async () => {
    await wb.treeRow(/6\.2/).click();
    const view = wb.webview();
    await view.locator("body[data-ready='true']").waitFor({ timeout: 30_000 });
    await view.locator(".katex").first().waitFor();
    // In VS Code's own webview host too, the inline boot script ran, added the carried faces and marked
    // the first paint once, before any font file was fetched.
    const boot = await view.locator("body").evaluate(() => {
      const marked = performance.getEntriesByName("mathlab-painted").map((e) => e.startTime);
      const fetched = performance.getEntriesByType("resource").filter((r) => r.name.includes(".woff2") && r.startTime <= (marked[0] ?? 0)).length;
      let main = false;
      document.fonts.forEach((f) => { if (f.family === "KaTeX_Main" && f.weight === "400" && f.status === "loaded") main = true; });
      return { booted: performance.getEntriesByName("mathlab-boot").length, marks: marked.length, fetched, main };
    });
    assert.deepEqual(boot, { booted: 1, marks: 1, fetched: 0, main: true });
    await wb.shot("02-lesson");
  });

  await step("the lesson's button opens the exercise", async () => {
    await wb.webview().locator("[data-exercise='softmax'], button:has-text('softmax')").first().click();
    await wb.tab(`${exercise}.ts`).waitFor();
  });

  await step("CodeLens ▶ Run | ✓ Verify | 📖 Lesson appear above the function", async () => {
    await wb.lens("Verify").waitFor({ timeout: 90_000 });
    await wb.lens("Run").waitFor();
    await wb.lens("Lesson").waitFor();
    await wb.shot("03-codelens");
  });

  await step("Verify on a wrong implementation shows the failure and its message", async () => {
    writeFileSync(exerciseFile, firstMistake());
    await wb.editorLine(/diagnosis:/).waitFor();
    await wb.lens("Verify").click();
    await wb.lens(/✗ Verify/).waitFor({ timeout: 60_000 });
    // The Testing UI puts the failure message inline at the student's function.
    await page.locator(".monaco-editor .view-line span", { hasText: /Diagnosis:|expected|failed/i }).first().waitFor();
    await wb.shot("04-verify-failed");
  });

  await step("after fixing the file, Verify passes", async () => {
    await page.keyboard.press("Escape");
    writeFileSync(exerciseFile, readFileSync(join(lessonsDir, lessonFolder, `${exercise}.solution.ts`), "utf8"));
    await wb.editorLine(/diagnosis:/).waitFor({ state: "detached" }); // the editor shows the new text
    await wb.editorLine(/export\sfunction\ssoftmax/).waitFor();
    await wb.lens(/Verify/).click();
    await wb.lens("✓ Verified").waitFor({ timeout: 60_000 });
    await wb.shot("05-verify-passed");
  });

  await step("▶ Run shows the printed result and the demo's figure", async () => {
    await wb.lens("Run").click();
    const view = wb.webview();
    await view.locator("body[data-ready='true'] .run-text").waitFor({ timeout: 60_000 });
    await view.locator(".plot-surface").first().waitFor();
    await wb.shot("06-run-panel");
    await wb.tab(`${exercise}.ts`).click();
  });

  await step("hovering a tensor shows its shape", async () => {
    const solution = readFileSync(join(lessonsDir, lessonFolder, `${exercise}.solution.ts`), "utf8");
    const paramName = /export function \w+\((\w+)/.exec(solution)?.[1] ?? "x";
    const param = page.locator(".monaco-editor .view-line span", { hasText: new RegExp(`^${paramName}$`) }).first();
    await param.hover();
    await page.locator(".monaco-hover", { hasText: /\[N, K\]|\[N, D\]|\[.*\]/ }).first().waitFor({ timeout: 30_000 });
    await wb.shot("07-hover-shape");
  });

  await step("the Lesson lens opens the lesson from the code", async () => {
    await wb.tab(`${exercise}.ts`).click();
    await wb.lens("Lesson").click();
    await wb.webview().locator("body[data-ready='true']").waitFor();
    await wb.shot("08-lesson-from-code");
  });

  await step("a shape mismatch is squiggled as you type and listed in Problems", async () => {
    writeFileSync(join(courseDir, "shapes-check.ts"), [
      'import * as np from "mathlab";',
      'import type { T } from "mathlab";',
      "",
      "export function scores(x: T<\"N D\">, w: T<\"K D\">): T<\"N K\"> {",
      "  return np.matmul(x, w);",
      "}",
      "",
    ].join("\n"));
    await wb.activity("Explorer").click();
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "shapes-check.ts" }).click();
    await wb.tab("shapes-check.ts").waitFor();
    await page.locator(".squiggly-error").first().waitFor();
    await page.keyboard.press("Control+Shift+M");
    await page.locator(".markers-panel .monaco-list-row", { hasText: /matmul/ }).first().waitFor();
    await wb.shot("09-shape-diagnostic");
  });

  await step("the quick fix transposes the operand and the squiggle goes", async () => {
    await wb.editorLine(/np\.matmul\(x,\sw\)/).locator("span", { hasText: /matmul/ }).first().click();
    await page.keyboard.press("Control+.");
    await page.locator(".action-widget .monaco-list-row, .context-view .action-item", { hasText: /Transpose w/ }).first().click();
    await wb.editorLine(/np\.matmul\(x,\sw\.T\)/).waitFor();
    await page.locator(".monaco-editor .squiggly-error").first().waitFor({ state: "detached" });
    await wb.shot("10-quick-fix");
  });

  await browser.close();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(e);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(2);
});
