// Inputs and a float64 reference for the attention demo. The demo's model computes
// softmax((X Wq)(X Wk)ᵀ / (√d · T)) for a sequence of S token vectors X (one row per token).

export const modelDim = 16;

/** A small deterministic generator (mulberry32), so every backend sees the same numbers. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws by Box–Muller from a seeded uniform generator. */
export function gaussian(rand: () => number): () => number {
  return () => {
    const u = Math.max(rand(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
}

/** Projection weights baked into the model (d × d each), scaled so scores have unit-ish variance. */
export function projectionWeights(d = modelDim): { wq: Float32Array; wk: Float32Array } {
  const g = gaussian(seededRandom(7));
  const wq = Float32Array.from({ length: d * d }, () => g() / Math.sqrt(d));
  const wk = Float32Array.from({ length: d * d }, () => g() / Math.sqrt(d));
  return { wq, wk };
}

/** Token vectors: a seeded embedding per token plus sinusoidal positions (S × d, row-major). */
export function tokenVectors(length: number, d = modelDim, seed = 11): Float32Array {
  const g = gaussian(seededRandom(seed));
  const x = new Float32Array(length * d);
  for (let s = 0; s < length; s++) {
    for (let i = 0; i < d; i++) {
      const freq = 1 / 10000 ** ((2 * Math.floor(i / 2)) / d);
      const pos = i % 2 === 0 ? Math.sin(s * freq) : Math.cos(s * freq);
      x[s * d + i] = 0.8 * g() + pos;
    }
  }
  return x;
}

/** The demo's computation in float64: attention weights, S × S row-major. */
export function referenceAttention(x: Float32Array, length: number, temperature: number, d = modelDim): Float64Array {
  const { wq, wk } = projectionWeights(d);
  const q = new Float64Array(length * d);
  const k = new Float64Array(length * d);
  for (let s = 0; s < length; s++) {
    for (let j = 0; j < d; j++) {
      let a = 0, b = 0;
      for (let i = 0; i < d; i++) { a += x[s * d + i]! * wq[i * d + j]!; b += x[s * d + i]! * wk[i * d + j]!; }
      q[s * d + j] = a;
      k[s * d + j] = b;
    }
  }
  const out = new Float64Array(length * length);
  const scale = Math.sqrt(d) * temperature;
  for (let r = 0; r < length; r++) {
    let max = -Infinity;
    for (let c = 0; c < length; c++) {
      let dot = 0;
      for (let i = 0; i < d; i++) dot += q[r * d + i]! * k[c * d + i]!;
      out[r * length + c] = dot / scale;
      max = Math.max(max, out[r * length + c]!);
    }
    let sum = 0;
    for (let c = 0; c < length; c++) { out[r * length + c] = Math.exp(out[r * length + c]! - max); sum += out[r * length + c]!; }
    for (let c = 0; c < length; c++) out[r * length + c]! /= sum;
  }
  return out;
}
