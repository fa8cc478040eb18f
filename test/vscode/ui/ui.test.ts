// The UI suite: drives ML Math Lab inside a real VS Code (code-server) in Chromium, the way a
// student clicks through it. Usage: node ui.test.js <baseUrl> <courseDir> <lessonsDir> <shotsDir>
// Prints one line per step and closes with "N passed, N failed".
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
    await page.locator(".test-output-peek, .monaco-editor .peekview-widget, .test-message-inline-content").first().waitFor();
    await wb.shot("04-verify-failed");
  });

  await step("after fixing the file, Verify passes", async () => {
    await page.keyboard.press("Escape");
    writeFileSync(exerciseFile, readFileSync(join(lessonsDir, lessonFolder, `${exercise}.solution.ts`), "utf8"));
    await wb.editorLine(/export function softmax/).waitFor();
    await wb.lens(/Verify/).click();
    await wb.lens("✓ Verified").waitFor({ timeout: 60_000 });
    await wb.shot("05-verify-passed");
  });

  await step("hovering a tensor shows its shape", async () => {
    const solution = readFileSync(join(lessonsDir, lessonFolder, `${exercise}.solution.ts`), "utf8");
    const paramName = /export function \w+\((\w+)/.exec(solution)?.[1] ?? "x";
    const param = page.locator(".monaco-editor .view-line span", { hasText: new RegExp(`^${paramName}$`) }).first();
    await param.hover();
    await page.locator(".monaco-hover", { hasText: /\[N, K\]|\[N, D\]|\[.*\]/ }).first().waitFor({ timeout: 30_000 });
    await wb.shot("06-hover-shape");
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
