// Test-case generation: seeded, so "case 7" always means the same inputs on every machine.
import { DEFAULT_CASES, DEFAULT_SEED } from "./spec";
import type { ArgInput, ArgSpec, Distribution, ExerciseSpec, GenContext, NestedNumbers, TensorValue, Value } from "./spec";

/** A small, fast, portable generator (mulberry32): a uniform number in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seed of case `i` of a spec seeded with `seed` (random cases 0.., edge cases 1000..). */
export function caseSeed(seed: number, i: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (i + 0x85ebca6b), 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

export interface Case {
  /** "random #3" or the edge case's name. */
  readonly name: string;
  readonly group: "random" | "edge";
  readonly seed: number;
  readonly dims: Readonly<Record<string, number>>;
  readonly args: readonly Value[];
}

function normal(r: () => number): number {
  let u = r();
  while (u <= 1e-300) u = r();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

export function resolveShape(shape: string | readonly number[], dims: Readonly<Record<string, number>>): number[] {
  if (typeof shape !== "string") return [...shape];
  const parts = shape.trim() === "" ? [] : shape.trim().split(/\s+/);
  return parts.map((p) => {
    if (/^\d+$/.test(p)) return Number(p);
    const d = dims[p];
    if (d === undefined) throw new Error(`spec: dimension "${p}" has no range in dims`);
    return d;
  });
}

/** Fills a tensor of `shape` from a distribution. */
export function draw(r: () => number, shape: readonly number[], dist: Distribution = { kind: "normal" },
  dims: Readonly<Record<string, number>> = {}): TensorValue {
  const n = shape.reduce((a, b) => a * b, 1);
  const data = new Float64Array(n);
  const last = shape.length ? shape[shape.length - 1]! : 1;
  switch (dist.kind) {
    case "normal":
      for (let i = 0; i < n; i++) data[i] = (dist.mean ?? 0) + (dist.std ?? 1) * normal(r);
      break;
    case "uniform": {
      const lo = dist.low ?? 0, hi = dist.high ?? 1;
      for (let i = 0; i < n; i++) data[i] = lo + (hi - lo) * r();
      break;
    }
    case "int":
      for (let i = 0; i < n; i++) data[i] = dist.low + Math.floor(r() * (dist.high - dist.low + 1));
      break;
    case "label": {
      const classes = dims[dist.classes];
      if (classes === undefined || !(classes >= 1)) throw new Error(`label distribution: dimension "${dist.classes}" is not declared in the spec's dims`);
      for (let i = 0; i < n; i++) data[i] = Math.floor(r() * classes);
      break;
    }
    case "simplex":
      for (let i = 0; i < n; i++) data[i] = -Math.log(1 - r());
      for (let s = 0; s < n; s += last) {
        let t = 0;
        for (let j = 0; j < last; j++) t += data[s + j]!;
        for (let j = 0; j < last; j++) data[s + j]! /= t;
      }
      break;
    case "onehot":
      for (let s = 0; s < n; s += last) data[s + Math.floor(r() * last)] = 1;
      break;
    case "spd": {
      const m = last;
      if (shape.length < 2 || shape[shape.length - 2] !== m) throw new Error("spec: spd needs a square matrix shape");
      const lo = dist.minEig ?? 0.5, hi = dist.maxEig ?? 5;
      for (let s = 0; s < n; s += m * m) fillSpd(r, data, s, m, lo, hi);
      break;
    }
  }
  return { shape: [...shape], data };
}

/** A = Q diag(λ) Qᵀ with Q from Gram–Schmidt on a random matrix and λ uniform in [lo, hi]. */
function fillSpd(r: () => number, out: Float64Array, off: number, m: number, lo: number, hi: number): void {
  const q: number[][] = [];
  while (q.length < m) {
    const v = Array.from({ length: m }, () => normal(r));
    for (const u of q) {
      const d = v.reduce((a, x, i) => a + x * u[i]!, 0);
      for (let i = 0; i < m; i++) v[i]! -= d * u[i]!;
    }
    const nrm = Math.hypot(...v);
    if (nrm < 1e-8) continue;
    q.push(v.map((x) => x / nrm));
  }
  const lam = Array.from({ length: m }, () => lo + (hi - lo) * r());
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let k = 0; k < m; k++) s += q[k]![i]! * lam[k]! * q[k]![j]!;
      out[off + i * m + j] = s;
    }
  }
}

function flattenNested(v: NestedNumbers, shape: number[], out: number[], depth: number): void {
  if (typeof v === "number") { out.push(v); return; }
  if (shape.length === depth) shape.push(v.length);
  else if (shape[depth] !== v.length) throw new Error("spec: ragged nested array in an edge case");
  for (const x of v) flattenNested(x, shape, out, depth + 1);
}

/** True for a lab tensor or a TensorValue: a shape plus typed-array data. */
export function isTensorValue(x: unknown): x is TensorValue {
  return typeof x === "object" && x !== null && Array.isArray((x as TensorValue).shape) &&
    ArrayBuffer.isView((x as TensorValue).data);
}

/** Turns what an author wrote for an argument into a Value, guided by the argument's kind. */
export function toValue(input: ArgInput, spec: ArgSpec | undefined): Value {
  if (isTensorValue(input)) {
    // A lab tensor (an author may build an edge case with the lab) is read in row-major order
    // through its own contiguous(), so a transposed or sliced view arrives as it prints.
    const lab = input as TensorValue & { contiguous?: () => { data: ArrayLike<number> } };
    const flat = typeof lab.contiguous === "function" ? lab.contiguous().data : input.data;
    return { shape: [...input.shape], data: Float64Array.from(flat) };
  }
  if (spec?.kind === "tensor" && (typeof input === "number" || Array.isArray(input))) {
    const shape: number[] = [];
    const flat: number[] = [];
    flattenNested(input as NestedNumbers, shape, flat, 0);
    return { shape, data: Float64Array.from(flat) };
  }
  if (typeof input === "string") return input as unknown as Value;
  return input as Value;
}

function drawArg(r: () => number, a: ArgSpec, dims: Readonly<Record<string, number>>, dist?: Distribution): Value {
  switch (a.kind) {
    case "tensor": return draw(r, resolveShape(a.shape, dims), dist ?? a.dist, dims);
    case "number": return draw(r, [], dist ?? a.dist ?? { kind: "normal" }, dims).data[0]!;
    case "int": return a.low + Math.floor(r() * (a.high - a.low + 1));
    case "boolean": return r() < 0.5;
    case "const": return a.value as Value;
  }
}

function drawDims(r: () => number, spec: ExerciseSpec, fixed: Readonly<Record<string, number>> = {}): Record<string, number> {
  const dims: Record<string, number> = {};
  for (const [name, [lo, hi]] of Object.entries(spec.dims)) {
    const v = Math.floor(lo + r() * (hi - lo + 1));
    dims[name] = fixed[name] ?? v;
  }
  for (const [k, v] of Object.entries(fixed)) dims[k] = v;
  return dims;
}

/** Every case of a spec: random cases first, then the named edge cases. */
export function generateCases(spec: ExerciseSpec): Case[] {
  const seed = spec.seed ?? DEFAULT_SEED;
  const cases: Case[] = [];
  const count = spec.cases ?? DEFAULT_CASES;
  for (let i = 0; i < count; i++) {
    const s = caseSeed(seed, i);
    const r = rng(s);
    const dims = drawDims(r, spec);
    cases.push({ name: `random #${i + 1}`, group: "random", seed: s, dims, args: spec.args.map((a) => drawArg(r, a, dims)) });
  }
  (spec.edgeCases ?? []).forEach((e, j) => {
    const s = caseSeed(seed, 1000 + j);
    const r = rng(s);
    const dims = drawDims(r, spec, e.dims);
    const generated = spec.args.map((a) => drawArg(r, a, dims, e.dists?.[a.name]));
    let args: readonly Value[] = generated;
    if (e.args) {
      const raw = typeof e.args === "function" ? e.args(genContext(r, dims, generated)) : e.args;
      args = raw.map((x, k) => toValue(x, spec.args[k]));
    }
    cases.push({ name: e.name, group: "edge", seed: s, dims, args });
  });
  return cases;
}

export function genContext(r: () => number, dims: Readonly<Record<string, number>>, generated: readonly Value[]): GenContext {
  return {
    dims,
    random: r,
    tensor: (shape, dist) => draw(r, resolveShape(shape, dims), dist, dims),
    generated: (i) => {
      const v = generated[i];
      if (v === undefined) throw new Error(`spec: no argument ${i}`);
      return v as ArgInput;
    },
  };
}

/** The arguments of a demo (fixed or built from a seeded generator). */
export function demoArgs(spec: ExerciseSpec): Value[] {
  const demo = spec.demo;
  if (!demo) return [];
  const r = rng(spec.seed ?? DEFAULT_SEED);
  const dims = drawDims(r, spec);
  const generated = spec.args.map((a) => drawArg(r, a, dims));
  const raw = typeof demo.args === "function" ? demo.args(genContext(r, dims, generated)) : demo.args;
  return raw.map((x, k) => toValue(x, spec.args[k]));
}
