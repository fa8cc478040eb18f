// The judge of record for each case: the ONNX reference model when the spec has one, otherwise the
// reference solution; plus the numerical gradient for gradient checks. Results are cached per spec,
// since cases are seeded and never change.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Case } from "./cases";
import { isTensorValue } from "./cases";
import { buildModel } from "./onnx/graph";
import { runModel } from "./onnx/runner";
import { cacheKey, readCached, writeCached } from "./expected-cache";
import { fromLab, toLab } from "./specs";
import type { LabBridge } from "./specs";
import type { ExerciseSpec, TensorValue, Value } from "./spec";

/** Where the build puts a spec's model: dist/models/6.2/softmax.onnx. */
export function modelPath(distRoot: string, key: string): string {
  return join(distRoot, "models", `${key}.onnx`);
}

function modelArgs(spec: ExerciseSpec, args: readonly Value[]): TensorValue[] {
  const out: TensorValue[] = [];
  spec.args.forEach((a, i) => {
    const v = args[i]!;
    if (a.kind === "tensor") out.push(v as TensorValue);
    else if (a.kind === "number") out.push({ shape: [], data: Float64Array.of(v as number) });
  });
  return out;
}

/**
 * Gives an expected value the type the spec declares, whichever oracle produced it: a result
 * declared "number" is a plain number (an ONNX model can only answer with a 0-d tensor, a reference
 * may return `np.float(…)`-like 0-d tensors too), and a tuple is unwrapped element by element.
 * Detectors, properties and the comparison then see the same type for ONNX and reference oracles.
 */
export function asDeclared(returns: ExerciseSpec["returns"], v: Value): Value {
  if (Array.isArray(returns) && Array.isArray(v)) return v.map((x: Value, i) => asDeclared(returns[i] ?? "", x));
  if (returns === "number" && isTensorValue(v) && v.data.length === 1) return v.data[0]!;
  return v;
}

/** Runs the ONNX model of a spec on each case. */
export async function onnxOutputs(key: string, spec: ExerciseSpec, cases: readonly Case[], distRoot: string | null): Promise<Value[]> {
  const src = { key, distRoot, load: () => modelBytes(key, spec, distRoot) };
  const out: Value[] = [];
  for (const c of cases) {
    const outs = await runModel(src, modelArgs(spec, c.args), spec.onnx?.dtype ?? "double");
    out.push(asDeclared(spec.returns, Array.isArray(spec.returns) ? outs : outs[0]!));
  }
  return out;
}

/** Runs the TypeScript reference solution on each case. */
export function referenceOutputs(spec: ExerciseSpec, lab: LabBridge, cases: readonly Case[]): Value[] {
  return cases.map((c) => asDeclared(spec.returns, fromLab(lab, spec.reference(...c.args.map((a) => toLab(lab, a))))));
}

/** Central finite differences of the spec's loss with respect to argument `wrt`. */
export function numericGradient(spec: ExerciseSpec, lab: LabBridge, args: readonly Value[]): TensorValue | number {
  const g = spec.gradientCheck!;
  const eps = g.eps ?? 1e-5;
  const at = (k: number, delta: number): number => {
    const copy = args.map((a, i) => {
      if (i !== g.wrt) return a;
      if (typeof a === "number") return a + delta;
      const t = a as TensorValue;
      const d = Float64Array.from(t.data);
      d[k]! += delta;
      return { shape: t.shape, data: d };
    });
    return g.loss(...copy.map((a) => toLab(lab, a)));
  };
  const x = args[g.wrt]!;
  if (typeof x === "number") return (at(0, eps) - at(0, -eps)) / (2 * eps);
  if (!isTensorValue(x)) throw new Error("gradient check: the argument must be a tensor or a number");
  const grad = new Float64Array(x.data.length);
  for (let k = 0; k < grad.length; k++) grad[k] = (at(k, eps) - at(k, -eps)) / (2 * eps);
  return { shape: [...x.shape], data: grad };
}

const cache = new Map<string, Promise<Value[]>>();

/** The bytes of a spec's ONNX model (built, or built now from the spec). */
function modelBytes(key: string, spec: ExerciseSpec, distRoot: string | null): Uint8Array {
  const built = distRoot ? modelPath(distRoot, key) : null;
  if (built && existsSync(built)) return new Uint8Array(readFileSync(built));
  const bytes = buildModel(spec);
  if (!bytes) throw new Error(`${key} has no ONNX model`);
  return bytes;
}

/**
 * Expected outputs of every case (ONNX when present, falling back to the reference if it cannot
 * load). Kept in memory per exercise and, for ONNX oracles, on disk in `cacheDir` (see
 * expected-cache.ts); `cacheDir: null` turns the disk cache off.
 */
export function expectedOutputs(key: string, spec: ExerciseSpec, lab: LabBridge, cases: readonly Case[], distRoot: string | null,
  cacheDir: string | null = null): Promise<Value[]> {
  let p = cache.get(key);
  if (!p) {
    p = spec.onnx
      ? onnxExpected(key, spec, lab, cases, distRoot, cacheDir)
      : Promise.resolve().then(() => referenceOutputs(spec, lab, cases));
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

async function onnxExpected(key: string, spec: ExerciseSpec, lab: LabBridge, cases: readonly Case[], distRoot: string | null,
  cacheDir: string | null): Promise<Value[]> {
  let diskKey: string | null = null;
  if (cacheDir) {
    try {
      diskKey = cacheKey(key, modelBytes(key, spec, distRoot), spec.returns, cases);
      const hit = readCached(cacheDir, diskKey);
      if (hit && hit.length === cases.length) return hit;
    } catch {
      diskKey = null;
    }
  }
  let out: Value[];
  try {
    out = await onnxOutputs(key, spec, cases, distRoot);
  } catch {
    return referenceOutputs(spec, lab, cases);
  }
  if (cacheDir && diskKey) writeCached(cacheDir, diskKey, out);
  return out;
}

/** Forgets the in-memory expected outputs (tests, benchmarks). */
export function clearExpected(): void {
  cache.clear();
}
