// npm run bench -- lab: per operation, the median time of mathlab next to @tensorflow/tfjs-core's
// CPU backend (when installed) and a hand-written typed-array loop, with the ratios. As a further
// reference (not a goal) it also times onnxruntime-web's compiled wasm CPU kernels, one thread,
// float64, on the same operations.
// Goals (issue 3): no slower than tfjs CPU on any row; within 2x of the hand loop on the
// elementwise and reduction rows. Every hand loop allocates its result array, as the library
// must (a result is a new tensor), so both columns do the same work.
import * as np from "../lab/index";
import * as ort from "onnxruntime-web";
import { onnx } from "onnx-proto";

type Fn = () => unknown;
type AsyncFn = () => unknown;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Calls per sample so that one sample lasts at least ~3 ms. */
async function calibrate(fn: AsyncFn): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  let reps = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) await fn();
    if (performance.now() - t0 >= 3 || reps >= 1 << 16) return reps;
    reps *= 2;
  }
}

/**
 * Median milliseconds per call of each function. Samples of the competitors are interleaved
 * (ours, tfjs, loop, ours, ...) so that a change in machine load affects all columns alike.
 */
async function timeAll(fns: (AsyncFn | undefined)[], samples = 21): Promise<(number | undefined)[]> {
  const reps: number[] = [];
  for (const f of fns) reps.push(f ? await calibrate(f) : 0);
  const out: number[][] = fns.map(() => []);
  for (let s = 0; s < samples; s++) {
    for (let k = 0; k < fns.length; k++) {
      const f = fns[k];
      if (!f) continue;
      const t0 = performance.now();
      // Synchronous functions are timed without awaiting, so they pay no microtask cost.
      for (let i = 0; i < reps[k]!; i++) { const r = f(); if (r instanceof Promise) await r; }
      out[k]!.push((performance.now() - t0) / reps[k]!);
    }
  }
  (globalThis as { gc?: () => void }).gc?.();
  return out.map((xs, k) => (fns[k] ? median(xs) : undefined));
}

// ---- tfjs-core with the CPU backend, if available ----
interface Tf {
  tensor(values: Float32Array, shape: number[]): unknown;
  matMul(a: unknown, b: unknown): unknown;
  add(a: unknown, b: unknown): unknown;
  exp(a: unknown): unknown;
  sub(a: unknown, b: unknown): unknown;
  max(a: unknown, axis: number, keepDims: boolean): unknown;
  sum(a: unknown, axis: number, keepDims?: boolean): unknown;
  div(a: unknown, b: unknown): unknown;
  tidy<T>(fn: () => T): T;
  dispose(x: unknown): void;
  setBackend(name: string): Promise<boolean>;
  ready(): Promise<void>;
  getBackend(): string;
  linalg: Record<string, unknown>;
}
async function loadTf(): Promise<{ tf: Tf | null; note: string }> {
  let tf: Tf;
  try {
    tf = (await import("@tensorflow/tfjs-core")) as unknown as Tf;
  } catch (e) {
    return { tf: null, note: `@tensorflow/tfjs-core could not be loaded (${String(e)})` };
  }
  const cpuPkg = "@tensorflow/tfjs-backend-cpu";
  try {
    await import(cpuPkg);
    await tf.setBackend("cpu");
    await tf.ready();
    return { tf, note: `tfjs-core ${cpuPkg} backend: ${tf.getBackend()}` };
  } catch {
    return {
      tf: null,
      note: "@tensorflow/tfjs-core ships no kernels: its CPU backend lives in the separate package " +
        `${cpuPkg}, which is not installed, so the tfjs column shows n/a. ` +
        `(Installing ${cpuPkg} as a devDependency fills it in; this file already tries it.)`,
    };
  }
}

// ---- onnxruntime-web (wasm, one thread): a compiled reference ----
type Graph = { nodes: onnx.INodeProto[]; inputs: [string, np.Tensor<any>][]; axes?: number[] };
function encode(g: Graph): Uint8Array {
  const DT = onnx.TensorProto.DataType.DOUBLE;
  const vi = (name: string, dims: readonly number[] | null): onnx.IValueInfoProto => ({
    name, type: { tensorType: { elemType: DT, ...(dims ? { shape: { dim: dims.map((d) => ({ dimValue: d })) } } : {}) } },
  });
  const inits: onnx.ITensorProto[] = g.axes
    ? [{ name: "axes", dims: [g.axes.length], dataType: onnx.TensorProto.DataType.INT64, rawData: new Uint8Array(BigInt64Array.from(g.axes.map(BigInt)).buffer) }]
    : [];
  const model = onnx.ModelProto.create({
    irVersion: 8, opsetImport: [{ domain: "", version: 17 }],
    graph: { name: "bench", node: g.nodes, initializer: inits, input: g.inputs.map(([n, t]) => vi(n, t.shape)), output: [vi("y", null)] },
  });
  return onnx.ModelProto.encode(model).finish();
}
async function ortFn(g: Graph): Promise<AsyncFn | undefined> {
  try {
    const session = await ort.InferenceSession.create(encode(g), { executionProviders: ["wasm"], graphOptimizationLevel: "all" });
    const feeds: Record<string, ort.Tensor> = {};
    for (const [n, t] of g.inputs) feeds[n] = new ort.Tensor("float64", Float64Array.from(t.data), [...t.shape]);
    return () => session.run(feeds);
  } catch (e) {
    console.log(`(onnxruntime-web could not run ${g.nodes.map((n) => n.opType).join("+")}: ${String(e).split("\n")[0]})`);
    return undefined;
  }
}

// ---- hand-written loops ----
function handMatmul(A: Float64Array, B: Float64Array, C: Float64Array, M: number, K: number, N: number, cOff: number, aOff: number, bOff: number): void {
  for (let i = 0; i < M; i++) {
    for (let k = 0; k < K; k++) {
      const a = A[aOff + i * K + k]!;
      const b = bOff + k * N, c = cOff + i * N;
      for (let j = 0; j < N; j++) C[c + j]! += a * B[b + j]!;
    }
  }
}

interface Row { name: string; ours: Fn; tf?: (tf: Tf) => Fn; loop?: Fn; ort?: Graph; goalLoop: boolean }

function rows(): Row[] {
  const rng = np.random.defaultRng(0);
  const m64a = rng.normal(0, 1, [64, 64]), m64b = rng.normal(0, 1, [64, 64]);
  const m256a = rng.normal(0, 1, [256, 256]), m256b = rng.normal(0, 1, [256, 256]);
  const ba = rng.normal(0, 1, [32, 64, 64]), bb = rng.normal(0, 1, [32, 64, 64]);
  const big = rng.normal(0, 1, [512, 512]), vec = rng.normal(0, 1, [512]);
  const svdIn = rng.normal(0, 1, [64, 64]);
  const f64 = (n: number) => new Float64Array(n);
  const tfT = (tf: Tf, t: np.Tensor<any>) => tf.tensor(Float32Array.from(t.data), [...t.shape]);
  const tfOp = (make: (tf: Tf) => [unknown[], (...xs: unknown[]) => unknown]) => (tf: Tf): Fn => {
    const [inputs, op] = make(tf);
    return () => tf.dispose(op(...inputs));
  };
  return [
    {
      name: "matmul 64x64 @ 64x64", goalLoop: false,
      ours: () => np.matmul(m64a, m64b),
      ort: { nodes: [{ opType: "MatMul", input: ["a", "b"], output: ["y"] }], inputs: [["a", m64a], ["b", m64b]] },
      tf: tfOp((tf) => [[tfT(tf, m64a), tfT(tf, m64b)], (a, b) => tf.matMul(a, b)]),
      loop: () => handMatmul(m64a.data as Float64Array, m64b.data as Float64Array, f64(64 * 64), 64, 64, 64, 0, 0, 0),
    },
    {
      name: "matmul 256x256 @ 256x256", goalLoop: false,
      ours: () => np.matmul(m256a, m256b),
      ort: { nodes: [{ opType: "MatMul", input: ["a", "b"], output: ["y"] }], inputs: [["a", m256a], ["b", m256b]] },
      tf: tfOp((tf) => [[tfT(tf, m256a), tfT(tf, m256b)], (a, b) => tf.matMul(a, b)]),
      loop: () => handMatmul(m256a.data as Float64Array, m256b.data as Float64Array, f64(256 * 256), 256, 256, 256, 0, 0, 0),
    },
    {
      name: "batched matmul [32,64,64] @ [32,64,64]", goalLoop: false,
      ours: () => np.matmul(ba, bb),
      ort: { nodes: [{ opType: "MatMul", input: ["a", "b"], output: ["y"] }], inputs: [["a", ba], ["b", bb]] },
      tf: tfOp((tf) => [[tfT(tf, ba), tfT(tf, bb)], (a, b) => tf.matMul(a, b)]),
      loop: () => { const cb = f64(32 * 4096); for (let p = 0; p < 32; p++) handMatmul(ba.data as Float64Array, bb.data as Float64Array, cb, 64, 64, 64, p * 4096, p * 4096, p * 4096); },
    },
    {
      name: "add [512,512] + [512] (broadcast)", goalLoop: true,
      ours: () => np.add(big, vec),
      ort: { nodes: [{ opType: "Add", input: ["a", "b"], output: ["y"] }], inputs: [["a", big], ["b", vec]] },
      tf: tfOp((tf) => [[tfT(tf, big), tfT(tf, vec)], (a, b) => tf.add(a, b)]),
      loop: () => {
        const x = big.data, v = vec.data, out = f64(512 * 512);
        for (let i = 0; i < 512; i++) for (let j = 0; j < 512; j++) out[i * 512 + j] = x[i * 512 + j]! + v[j]!;
      },
    },
    {
      name: "softmax chain exp(x-max)/sum, [512,512] axis -1", goalLoop: true,
      ours: () => {
        const e = np.exp(np.subtract(big, np.max(big, { axis: -1, keepdims: true })));
        return np.divide(e, np.sum(e, { axis: -1, keepdims: true }));
      },
      ort: {
        nodes: [
          { opType: "ReduceMax", input: ["x"], output: ["m"], attribute: [{ name: "axes", type: onnx.AttributeProto.AttributeType.INTS, ints: [-1] }] },
          { opType: "Sub", input: ["x", "m"], output: ["d"] },
          { opType: "Exp", input: ["d"], output: ["e"] },
          { opType: "ReduceSum", input: ["e", "axes"], output: ["s"] },
          { opType: "Div", input: ["e", "s"], output: ["y"] },
        ],
        inputs: [["x", big]], axes: [-1],
      },
      tf: tfOp((tf) => [[tfT(tf, big)], (x) => tf.tidy(() => {
        const e = tf.exp(tf.sub(x, tf.max(x, -1, true)));
        return tf.div(e, tf.sum(e, -1, true));
      })]),
      loop: () => {
        const x = big.data, out = f64(512 * 512);
        for (let i = 0; i < 512; i++) {
          const o = i * 512;
          let m = -Infinity;
          for (let j = 0; j < 512; j++) m = Math.max(m, x[o + j]!);
          let s = 0;
          for (let j = 0; j < 512; j++) { const e = Math.exp(x[o + j]! - m); out[o + j] = e; s += e; }
          for (let j = 0; j < 512; j++) out[o + j]! /= s;
        }
      },
    },
    {
      name: "sum [512,512] over axis 0", goalLoop: true,
      ours: () => np.sum(big, 0),
      ort: { nodes: [{ opType: "ReduceSum", input: ["x", "axes"], output: ["y"], attribute: [{ name: "keepdims", type: onnx.AttributeProto.AttributeType.INT, i: 0 }] }], inputs: [["x", big]], axes: [0] },
      tf: tfOp((tf) => [[tfT(tf, big)], (x) => tf.sum(x, 0)]),
      loop: () => {
        const x = big.data, red = f64(512);
        for (let i = 0; i < 512; i++) for (let j = 0; j < 512; j++) red[j]! += x[i * 512 + j]!;
      },
    },
    {
      name: "sum [512,512] over axis 1", goalLoop: true,
      ours: () => np.sum(big, 1),
      ort: { nodes: [{ opType: "ReduceSum", input: ["x", "axes"], output: ["y"], attribute: [{ name: "keepdims", type: onnx.AttributeProto.AttributeType.INT, i: 0 }] }], inputs: [["x", big]], axes: [1] },
      tf: tfOp((tf) => [[tfT(tf, big)], (x) => tf.sum(x, 1)]),
      loop: () => {
        const x = big.data, red = f64(512);
        for (let i = 0; i < 512; i++) { let s = 0; for (let j = 0; j < 512; j++) s += x[i * 512 + j]!; red[i] = s; }
      },
    },
    {
      name: "svd 64x64 (U, S, Vh)", goalLoop: false,
      ours: () => np.linalg.svd(svdIn),
      // tfjs has no SVD kernel (tf.linalg offers qr, gramSchmidt, bandPart only); ONNX has no SVD operator.
    },
  ];
}

function fmt(ms: number | undefined): string {
  if (ms === undefined) return "n/a";
  return ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`;
}
function ratio(a: number, b: number | undefined): string {
  return b === undefined ? "n/a" : `${(a / b).toFixed(2)}x`;
}

async function main(): Promise<void> {
  const { tf, note } = await loadTf();
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = "error";
  console.log(`mathlab benchmark (float64; tfjs runs float32; onnxruntime-web wasm runs float64, 1 thread). ${note}`);
  console.log("ratio = mathlab time / other time (below 1 means mathlab is faster)\n");
  const header = ["operation", "mathlab", "tfjs cpu", "hand loop", "ort wasm", "vs tfjs", "vs loop", "vs ort", "goal"];
  const table: string[][] = [];
  for (const r of rows()) {
    const ortRun = r.ort ? await ortFn(r.ort) : undefined;
    const [oursMs, tfms, loop, ortMs] = await timeAll([r.ours, tf && r.tf ? r.tf(tf) : undefined, r.loop, ortRun]);
    const ours = oursMs!;
    const goals: string[] = [];
    if (tfms !== undefined) goals.push(ours <= tfms ? "≤ tfjs ok" : "slower than tfjs");
    if (r.goalLoop && loop !== undefined) goals.push(ours <= 2 * loop ? "≤ 2x loop ok" : "> 2x loop");
    table.push([r.name, fmt(ours), fmt(tfms), fmt(loop), fmt(ortMs), ratio(ours, tfms), ratio(ours, loop), ratio(ours, ortMs), goals.join(", ") || "-"]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of table) console.log(line(row));
}

main().catch((e: unknown) => { console.error(e); process.exitCode = 1; });
