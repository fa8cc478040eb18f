// ESLint flat config: typed rules everywhere, plus the import boundaries between runtimes.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const nodeBuiltins = ["fs", "path", "os", "child_process", "crypto", "http", "https", "net", "worker_threads", "vm"]
  .flatMap((m) => [m, `node:${m}`]);
const ban = (names, message) => ({ paths: names.map((name) => ({ name, message })) });
const banPatterns = (group, message) => ({ patterns: [{ group, message }] });

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "node_modules/**", "test-results/**", ".vscode-test/**", "test/fixtures/**", "**/*.mjs", "**/*.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["server/**/*.ts", "engine/**/*.ts"],
    rules: { "no-restricted-imports": ["error", ban(["vscode"], "server/ and engine/ run outside VS Code: no `vscode` here.")] },
  },
  {
    files: ["webviews/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { ...ban(["vscode", ...nodeBuiltins], "webviews/ run in a browser iframe."), }] },
  },
  {
    files: ["lab/**/*.ts"],
    rules: { "no-restricted-imports": ["error", {
      ...ban(["vscode", ...nodeBuiltins], "lab/ is the student's library: it imports nothing but itself."),
      ...banPatterns(["../*", "!./*"], "lab/ imports nothing outside lab/."),
    }] },
  },
  {
    files: ["protocol/**/*.ts"],
    rules: { "no-restricted-imports": ["error", ban(["vscode", ...nodeBuiltins], "protocol/ holds plain types shared by every runtime.")] },
  },
  {
    files: ["extension/**/*.ts"],
    rules: { "no-restricted-imports": ["error", banPatterns(["**/server/*", "../server/**"], "The extension talks to the server over LSP only.")] },
  },
);
