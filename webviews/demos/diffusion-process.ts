// The diffusion demo: data are 2-D points from a mixture of eight Gaussians on a circle. For such data
// the best noise prediction has a closed form, so the demo's ONNX model is exact, not trained:
//   x_t = √ᾱ_t x_0 + √(1−ᾱ_t) ε,   p_t(x) = Σ_k (1/K) N(x; √ᾱ_t μ_k, v_t I),   v_t = ᾱ_t s² + 1 − ᾱ_t,
//   ε̂(x, t) = −√(1−ᾱ_t) ∇log p_t(x) = √(1−ᾱ_t) (x − Σ_k r_k(x) √ᾱ_t μ_k) / v_t,
// and one DDPM reverse step is  x_{t−1} = (x_t − β_t/√(1−ᾱ_t) ε̂) / √α_t + σ_t z.

import { gaussian, seededRandom } from "./attention-inputs";

export const mixtureStd = 0.08;
export const steps = 40;

export function mixtureMeans(k = 8, radius = 1.6): Float32Array {
  const m = new Float32Array(k * 2);
  for (let i = 0; i < k; i++) { m[2 * i] = radius * Math.cos((2 * Math.PI * i) / k); m[2 * i + 1] = radius * Math.sin((2 * Math.PI * i) / k); }
  return m;
}

/** Linear β schedule from 1e-4 to 0.25 over `steps` steps (short, so the demo is quick). */
export function schedule(n = steps): { beta: number[]; alpha: number[]; alphaBar: number[] } {
  const beta = Array.from({ length: n }, (_, i) => 1e-4 + ((0.25 - 1e-4) * i) / (n - 1));
  const alpha = beta.map((b) => 1 - b);
  const alphaBar: number[] = [];
  alpha.reduce((acc, a) => { const v = acc * a; alphaBar.push(v); return v; }, 1);
  return { beta, alpha, alphaBar };
}

/** The model's scalar inputs for reverse step t (0-based, counting down from n−1). */
export function stepScalars(t: number, s = schedule()): { sqrtAlphaBar: number; variance: number; sqrtOneMinusAlphaBar: number; invSqrtAlpha: number; epsCoef: number } {
  const ab = s.alphaBar[t]!;
  return {
    sqrtAlphaBar: Math.sqrt(ab),
    variance: ab * mixtureStd ** 2 + 1 - ab,
    sqrtOneMinusAlphaBar: Math.sqrt(1 - ab),
    invSqrtAlpha: 1 / Math.sqrt(s.alpha[t]!),
    epsCoef: s.beta[t]! / Math.sqrt(1 - ab),
  };
}

/** σ_t for the noise added after the mean (β̃_t, the posterior variance); none at the last step. */
export function stepNoiseStd(t: number, s = schedule()): number {
  if (t === 0) return 0;
  return Math.sqrt((s.beta[t]! * (1 - s.alphaBar[t - 1]!)) / (1 - s.alphaBar[t]!));
}

export function initialPoints(n: number, seed = 3): Float32Array {
  const g = gaussian(seededRandom(seed));
  return Float32Array.from({ length: n * 2 }, () => g());
}

/** The reverse-step mean in float64 (what the ONNX model computes in float32). */
export function referenceStepMean(x: Float32Array, t: number): Float64Array {
  const means = mixtureMeans();
  const k = means.length / 2;
  const c = stepScalars(t);
  const out = new Float64Array(x.length);
  for (let n = 0; n < x.length / 2; n++) {
    const px = x[2 * n]!, py = x[2 * n + 1]!;
    const logits: number[] = [];
    for (let j = 0; j < k; j++) {
      const dx = px - c.sqrtAlphaBar * means[2 * j]!, dy = py - c.sqrtAlphaBar * means[2 * j + 1]!;
      logits.push(-(dx * dx + dy * dy) / (2 * c.variance));
    }
    const max = Math.max(...logits);
    const w = logits.map((l) => Math.exp(l - max));
    const sum = w.reduce((a, b) => a + b, 0);
    let ex = 0, ey = 0;
    for (let j = 0; j < k; j++) { ex += (w[j]! / sum) * c.sqrtAlphaBar * means[2 * j]!; ey += (w[j]! / sum) * c.sqrtAlphaBar * means[2 * j + 1]!; }
    const epsX = (c.sqrtOneMinusAlphaBar * (px - ex)) / c.variance;
    const epsY = (c.sqrtOneMinusAlphaBar * (py - ey)) / c.variance;
    out[2 * n] = c.invSqrtAlpha * (px - c.epsCoef * epsX);
    out[2 * n + 1] = c.invSqrtAlpha * (py - c.epsCoef * epsY);
  }
  return out;
}
