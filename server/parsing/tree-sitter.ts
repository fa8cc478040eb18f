// Loads web-tree-sitter and the TypeScript grammar. In the bundle both wasm files sit beside
// dist/server.js; when the sources run directly (tests), they are found in node_modules.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Language, Parser } from "web-tree-sitter";

function locate(fileName: string, packagePath: string): string {
  const here = typeof __dirname === "string" ? join(__dirname, fileName) : "";
  if (here && existsSync(here)) return here;
  const req = createRequire(typeof __filename === "string" ? __filename : join(process.cwd(), "package.json"));
  return req.resolve(packagePath);
}

let loading: Promise<Language> | null = null;

/** The TypeScript grammar, loaded once per process. */
export function loadTypeScript(): Promise<Language> {
  loading ??= (async () => {
    const runtime = locate("web-tree-sitter.wasm", "web-tree-sitter/web-tree-sitter.wasm");
    await Parser.init({ locateFile: () => runtime });
    return Language.load(locate("tree-sitter-typescript.wasm", "tree-sitter-typescript/tree-sitter-typescript.wasm"));
  })();
  return loading;
}

export async function createParser(): Promise<Parser> {
  const lang = await loadTypeScript();
  const p = new Parser();
  p.setLanguage(lang);
  return p;
}
