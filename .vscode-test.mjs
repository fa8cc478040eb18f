// The extension-host suite under @vscode/test-cli / test-electron, for machines that can download
// VS Code. Build first (`npm run build` and `node scripts/e2e.mjs --bundle-only`), then `npx vscode-test`.
// Here (no download possible) the same suite runs in code-server through `npm test`.
import { defineConfig } from "@vscode/test-cli";

export default defineConfig({
  label: "extension-host",
  files: "out/test/host/*.test.js",
  version: "1.139.1",
  workspaceFolder: "./out/e2e/host-course",
  mocha: { ui: "bdd", timeout: 60000 },
  launchArgs: ["--disable-extensions", "--disable-workspace-trust"],
});
