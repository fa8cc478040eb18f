// Finding exercise specs: from dist/specs.js (built by scripts/build-specs.ts) at run time, or
// straight from lessons/*/*.spec.ts when the engine runs from source under tsx (tests, development).
import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { ExerciseSpec, Value } from "./spec";

/** The few lab functions the engine needs, taken from the same lab instance the specs use. */
export interface LabBridge {
  fromFlat(data: ArrayLike<number>, shape: readonly number[]): unknown;
  isTensor(x: unknown): x is LabTensor;
}

export interface SpecRegistry {
  readonly specs: ReadonlyMap<string, ExerciseSpec>;
  readonly lab: LabBridge;
  /** Where each spec's lesson folder is ("6.2" → "6.2-logistic-softmax"). */
  readonly folders: ReadonlyMap<string, string>;
}

/** What the engine reads of a lab tensor: its shape and, through `contiguous()`, its elements in row-major order. */
export interface LabTensor {
  readonly shape: readonly number[];
  readonly data: ArrayLike<number>;
  contiguous(): { readonly data: ArrayLike<number> };
}

/** A lab tensor's elements in row-major order as float64 (a view is laid out by the lab, never read raw). */
export function flatData(t: LabTensor): Float64Array {
  const flat = t.contiguous().data;
  const size = t.shape.reduce((a, b) => a * b, 1);
  if (flat.length !== size) throw new Error(`internal: a tensor of shape [${t.shape.join(", ")}] holds ${flat.length} elements`);
  return Float64Array.from(flat);
}

/** What dist/specs.js exports. */
export interface SpecsBundle {
  readonly specs: Readonly<Record<string, ExerciseSpec>>;
  readonly folders: Readonly<Record<string, string>>;
  readonly lab: LabBridge;
}

/** "6.2-logistic-softmax" → "6.2" (null when the folder is not a lesson folder). */
export function lessonIdOf(folder: string): string | null {
  const m = /^(\d+\.\d+)-[a-z0-9-]+$/.exec(folder);
  return m ? m[1]! : null;
}

/** The exercise a file belongs to, from its path: `<lesson folder>/<name>.ts` (also solutions, mistakes, alts). */
export function exerciseOfFile(file: string): { lesson: string; name: string; folder: string } | null {
  let dir = dirname(resolve(file));
  let name = basename(file).replace(/\.ts$/, "").replace(/\.solution$/, "");
  const parent = basename(dir);
  const kind = /^(.+)\.(mistakes|alt)$/.exec(parent);
  if (kind) { name = kind[1]!; dir = dirname(dir); }
  const folder = basename(dir);
  const lesson = lessonIdOf(folder);
  if (!lesson || name.endsWith(".spec")) return null;
  return { lesson, name, folder };
}

const cache = new Map<string, SpecRegistry>();

/** Loads every spec, once per root. Prefers `<distRoot>/specs.js`; else lessons/ from source. */
export function loadSpecs(opts: { readonly distRoot?: string | null; readonly lessonsRoot?: string | null }): SpecRegistry {
  const bundle = opts.distRoot ? join(opts.distRoot, "specs.js") : null;
  const useBundle = bundle !== null && existsSync(bundle) && !opts.lessonsRoot;
  const key = useBundle ? bundle : resolve(opts.lessonsRoot ?? defaultLessonsRoot());
  const hit = cache.get(key);
  if (hit) return hit;
  const reg = useBundle ? fromBundle(bundle) : fromSource(key);
  cache.set(key, reg);
  return reg;
}

function fromBundle(file: string): SpecRegistry {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const b = require(file) as SpecsBundle;
  return { specs: new Map(Object.entries(b.specs)), lab: b.lab, folders: new Map(Object.entries(b.folders)) };
}

function defaultLessonsRoot(): string {
  return join(__dirname, "..", "lessons");
}

let aliasInstalled = false;

/** Lets `import "mathlab"` in spec and solution files resolve to lab/index.ts under tsx from any cwd. */
function installMathlabAlias(labIndex: string): void {
  if (aliasInstalled) return;
  aliasInstalled = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require("node:module") as { _resolveFilename: (req: string, ...rest: unknown[]) => string };
  const original = Module._resolveFilename;
  Module._resolveFilename = function (req: string, ...rest: unknown[]) {
    return original.call(this, req === "mathlab" ? labIndex : req, ...rest);
  };
}

function fromSource(lessonsRoot: string): SpecRegistry {
  const labIndex = join(__dirname, "..", "lab", "index.ts");
  installMathlabAlias(labIndex);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lab = require(join(__dirname, "..", "lab", "internal.ts")) as LabBridge;
  const specs = new Map<string, ExerciseSpec>();
  const folders = new Map<string, string>();
  for (const folder of readdirSync(lessonsRoot)) {
    const lesson = lessonIdOf(folder);
    if (!lesson) continue;
    folders.set(lesson, folder);
    for (const f of readdirSync(join(lessonsRoot, folder))) {
      if (!f.endsWith(".spec.ts")) continue;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(join(lessonsRoot, folder, f)) as { default?: ExerciseSpec };
      const spec = mod.default;
      if (!spec || typeof spec.name !== "string") throw new Error(`${folder}/${f}: no default export from defineExercise`);
      specs.set(`${lesson}/${spec.name}`, spec);
    }
  }
  return { specs, lab, folders };
}

/** Value → lab tensor (recursively), for references, properties and detectors. */
export function toLab(lab: LabBridge, v: Value): unknown {
  if (typeof v === "object" && v !== null && !Array.isArray(v) && ArrayBuffer.isView((v as { data?: unknown }).data)) {
    const t = v as { shape: readonly number[]; data: Float64Array };
    return lab.fromFlat(Float64Array.from(t.data), t.shape);
  }
  if (Array.isArray(v)) return v.map((x: Value) => toLab(lab, x));
  if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toLab(lab, x as Value)]));
  return v;
}

/** Lab tensor → Value (recursively). */
export function fromLab(lab: LabBridge, x: unknown): Value {
  if (lab.isTensor(x)) return { shape: [...x.shape], data: flatData(x) };
  if (Array.isArray(x)) return x.map((y) => fromLab(lab, y));
  if (typeof x === "object" && x !== null && !ArrayBuffer.isView(x)) {
    return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, fromLab(lab, y)]));
  }
  return x as Value;
}
