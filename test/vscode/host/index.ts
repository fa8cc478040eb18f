// extensionTestsPath module: runs the mocha suites inside the VS Code extension host (as
// @vscode/test-electron and code-server's smoke-test driver both call it) and writes the results
// beside itself in test-results.json for the harness to count.
import * as fs from "node:fs";
import * as path from "node:path";
import Mocha from "mocha";

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: "bdd", timeout: 60_000, color: false });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith(".test.js")).sort()) {
    mocha.addFile(path.join(__dirname, f));
  }
  const results: { passed: string[]; failed: { title: string; error: string }[] } = { passed: [], failed: [] };
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      fs.writeFileSync(path.join(__dirname, "test-results.json"), JSON.stringify(results, null, 2));
      if (failures) reject(new Error(`${failures} extension-host tests failed`));
      else resolve();
    })
      .on("pass", (t) => results.passed.push(t.fullTitle()))
      .on("fail", (t, e: unknown) => results.failed.push({ title: t.fullTitle(), error: e instanceof Error ? e.message : String(e) }));
  });
}
