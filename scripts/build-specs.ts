// Build step: bundles every lessons/*/*.spec.ts (with the solutions they import and the lab) into
// dist/specs.js, a registry keyed "6.2/softmax" that the engine loads at run time.
import * as esbuild from "esbuild";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { lessonIdOf } from "../engine/specs";

async function main(): Promise<void> {
  const i = process.argv.indexOf("--out");
  const out = resolve(i >= 0 ? process.argv[i + 1]! : "dist");
  const production = process.argv.includes("--production");
  const root = resolve(__dirname, "..");
  const lessons = join(root, "lessons");
  const imports: string[] = [];
  const entries: string[] = [];
  const folders: Record<string, string> = {};
  for (const folder of readdirSync(lessons).sort()) {
    const lesson = lessonIdOf(folder);
    if (!lesson) continue;
    folders[lesson] = folder;
    for (const f of readdirSync(join(lessons, folder)).sort()) {
      if (!f.endsWith(".spec.ts")) continue;
      const id = `s${imports.length}`;
      imports.push(`import ${id} from ${JSON.stringify(`./lessons/${folder}/${f}`)};`);
      entries.push(`[${JSON.stringify(lesson)} + "/" + ${id}.name, ${id}]`);
    }
  }
  const contents = [
    ...imports,
    `import * as lab from "./lab/internal";`,
    `export const specs = Object.fromEntries([${entries.join(", ")}]);`,
    `export const folders = ${JSON.stringify(folders)};`,
    `export { lab };`,
  ].join("\n");
  await esbuild.build({
    stdin: { contents, resolveDir: root, sourcefile: "specs-entry.ts", loader: "ts" },
    bundle: true, platform: "node", format: "cjs", target: "node20", outfile: join(out, "specs.js"),
    alias: { mathlab: join(root, "lab", "index.ts") }, minify: production, logLevel: "warning",
  });
  console.log(`build-specs: ${entries.length} exercise spec(s) in ${join(out, "specs.js")}`);
}

main().catch((e: unknown) => {
  console.error(`build-specs: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
