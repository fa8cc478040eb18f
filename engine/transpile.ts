// Turns the student's TypeScript file into CommonJS for the sandbox, with a line map back to the
// source. In order of preference:
//   1. native esbuild, when it resolves (CLI, development, tests);
//   2. the TypeScript compiler that ships inside VS Code (`typescriptPath`, given by the extension:
//      the packaged extension carries no node_modules and no compiler of its own, which keeps the
//      .vsix small);
//   3. esbuild-wasm in process with dist/esbuild.wasm, when the build left it there.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface TransformResult { code: string; map: string }
interface Message { text: string; location: { line: number; column: number; lineText: string } | null }
interface Esbuild {
  transform(input: string, options: Record<string, unknown>): Promise<TransformResult>;
}

/** Where the transpiler may come from besides node_modules. */
export interface TranspilerSources {
  readonly distRoot: string | null;
  /** Folder of a `typescript` package (VS Code's own: `<appRoot>/extensions/node_modules/typescript`). */
  readonly typescriptPath?: string | null;
}

let esbuild: Promise<Esbuild> | null = null;

function load(sources: TranspilerSources): Promise<Esbuild> {
  esbuild ??= (async () => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return require("esbuild") as Esbuild;
    } catch {
      if (sources.typescriptPath && existsSync(join(sources.typescriptPath, "package.json"))) {
        return typescriptTransformer(sources.typescriptPath);
      }
      const wasmFile = sources.distRoot ? join(sources.distRoot, "esbuild.wasm") : null;
      if (!wasmFile || !existsSync(wasmFile)) {
        throw new Error("No TypeScript transpiler is available: install esbuild, or run inside VS Code (which ships TypeScript).");
      }
      (globalThis as { self?: unknown }).self ??= globalThis;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const wasm = require("esbuild-wasm/lib/browser.js") as Esbuild & { initialize(o: unknown): Promise<void> };
      await wasm.initialize({ wasmModule: new (globalThis as unknown as { WebAssembly: { Module: new (b: Uint8Array) => unknown } }).WebAssembly.Module(readFileSync(wasmFile)), worker: false });
      return wasm;
    }
  })();
  esbuild.catch(() => { esbuild = null; });
  return esbuild;
}

/** The subset of the TypeScript API used here. */
interface TypeScriptApi {
  transpileModule(input: string, options: Record<string, unknown>): {
    outputText: string;
    sourceMapText?: string;
    diagnostics?: { category: number; start?: number; messageText: unknown; file?: { getLineAndCharacterOfPosition(p: number): { line: number; character: number } } }[];
  };
  flattenDiagnosticMessageText(m: unknown, newLine: string): string;
  ModuleKind: { CommonJS: number };
  ScriptTarget: { ES2022: number };
  DiagnosticCategory: { Error: number };
}

/** Adapts `ts.transpileModule` to the esbuild `transform` contract used below. */
function typescriptTransformer(typescriptPath: string): Esbuild {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require(typescriptPath) as TypeScriptApi;
  return {
    transform: async (input, options) => {
      const fileName = String(options["sourcefile"] ?? "exercise.ts");
      const out = ts.transpileModule(input, {
        fileName,
        reportDiagnostics: true,
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, sourceMap: true, esModuleInterop: true },
      });
      const errors = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
      if (errors.length) {
        const lines = input.split(/\r?\n/);
        throw {
          errors: errors.map((d) => {
            const pos = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
            return {
              text: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
              location: pos ? { line: pos.line + 1, column: pos.character, lineText: lines[pos.line] ?? "" } : null,
            };
          }),
        };
      }
      const code = out.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, "");
      return { code, map: out.sourceMapText ?? "{\"mappings\":\"\"}" };
    },
  };
}

export interface Transpiled {
  readonly code: string;
  /** Maps a 1-based line of `code` to a 1-based line of the student's source. */
  readonly sourceLine: (generatedLine: number) => number | null;
}

export class SyntaxProblem extends Error {
  constructor(message: string, readonly line: number | null) {
    super(message);
  }
}

/** Transpiles one exercise file. Throws SyntaxProblem with the student's line on a syntax error. */
export async function transpile(source: string, fileName: string, sources: TranspilerSources): Promise<Transpiled> {
  const es = await load(sources);
  try {
    const r = await es.transform(source, {
      loader: "ts", format: "cjs", target: "es2022", sourcemap: "external", sourcefile: fileName, logLevel: "silent",
      // import("x") becomes require("x") in a promise, so the sandbox's require judges it (as the
      // TypeScript transpiler does anyway).
      supported: { "dynamic-import": false },
    });
    return { code: r.code, sourceLine: lineMapper(r.map) };
  } catch (e: unknown) {
    const errors = (e as { errors?: Message[] }).errors;
    const first = errors?.[0];
    if (first) {
      const loc = first.location;
      throw new SyntaxProblem(loc ? `${first.text} (line ${loc.line}: ${loc.lineText.trim()})` : first.text, loc?.line ?? null);
    }
    throw e;
  }
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Decodes a source map's `mappings` into generated line → first original line (both 1-based). */
export function lineMapper(mapJson: string): (line: number) => number | null {
  const map = JSON.parse(mapJson) as { mappings: string };
  const lines = map.mappings.split(";");
  const table: (number | null)[] = [];
  let srcLine = 0;
  for (const line of lines) {
    let first: number | null = null;
    for (const seg of line.split(",")) {
      if (!seg) continue;
      const fields: number[] = [];
      let value = 0, shift = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        value += (d & 31) << shift;
        if (d & 32) { shift += 5; continue; }
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0; shift = 0;
      }
      if (fields.length >= 3) {
        srcLine += fields[2]!;
        first ??= srcLine + 1;
      }
    }
    table.push(first);
  }
  return (line) => table[line - 1] ?? null;
}

/** 1-based line of `export function name` / `export const name` in the source, if any. */
export function findFunctionLine(source: string, name: string): number | null {
  const re = new RegExp(`^\\s*export\\s+(?:async\\s+)?(?:function\\s*\\*?\\s*${name}\\b|(?:const|let|var)\\s+${name}\\b)`);
  const lines = source.split(/\r?\n/);
  const i = lines.findIndex((l) => re.test(l));
  return i < 0 ? null : i + 1;
}
