// node host-runner.mjs <baseUrl> <folder> <extensionDevelopmentPath> <extensionTestsPath>
// Runs an extensionTestsPath module inside code-server's extension host, as test-electron does.
// The server must run with `--vscode-option enable-smoke-test-driver`, or the payload is ignored.
import { chromium } from "playwright-core";

const [baseUrl, folder, devPath, testsPath] = process.argv.slice(2);
const remote = (p) => `vscode-remote://${new URL(baseUrl).host}${p}`;
const payload = JSON.stringify([["extensionDevelopmentPath", remote(devPath)], ["extensionTestsPath", remote(testsPath)]]);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
});
const page = await browser.newPage();
let exit;
const exited = new Promise((r) => { exit = r; });
await page.exposeFunction("codeAutomationLog", (_type, args) => console.log(...(args || [])));
await page.exposeFunction("codeAutomationExit", (code) => exit(code));
await page.goto(`${baseUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
const timer = setTimeout(() => exit("timeout"), Number(process.env.HOST_TEST_TIMEOUT_MS || 300_000));
const code = await exited;
clearTimeout(timer);
await browser.close();
console.log(`extension-host test runner exit code: ${code}`);
process.exit(code === 0 ? 0 : 1);
