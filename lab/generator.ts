// Seeded random numbers, identical for the same seed on every platform.
//
// Algorithm (all 32-bit integer arithmetic via Math.imul and >>> 0, so it is exact everywhere):
//   * Seeding: the seed (any integer |seed| < 2^53; the low and high 32-bit halves are both used)
//     drives a Weyl sequence (step 0x9E3779B9) through the murmur3 32-bit finaliser to fill the
//     four 32-bit words of the state (the "splitmix32" construction).
//   * Stream: xoshiro128** (Blackman & Vigna, 2018), period 2^128 - 1.
//   * Uniform doubles in [0, 1): 53 random bits from two outputs, (a >>> 5) * 2^26 + (b >>> 6), / 2^53.
//   * Integers in [0, n): rejection sampling on 32-bit outputs (no modulo bias) for n <= 2^32,
//     floor(uniform * n) above that.
//   * Normal: Box–Muller; each pair of uniforms (u1, u2) gives r·cos(2πu2), r·sin(2πu2) with
//     r = sqrt(-2 ln(1 - u1)); a call that needs an odd count drops the last sine.
//     (Uniforms and integers are bit-identical everywhere. Normals use Math.log/cos/sin, which
//     V8 — Node, Chrome and VS Code — computes with the same portable code on every platform;
//     the ECMAScript spec only asks for an approximation, so another engine could differ in the
//     last bit.)
//   * choice with replacement and p: inverse CDF on a uniform; without replacement: partial
//     Fisher–Yates (no p) or sequential draws renormalising p; permutation/shuffle: Fisher–Yates
//     from the last index down.
import { Tensor, type TensorLike } from "./tensor";
import { toTensor } from "./create";
import { checkShape, sizeOf } from "./shape";
import { fmtShape, ShapeError, ValueError } from "./errors";
import { alloc } from "./dtype";
import { guard } from "./withheld";
import type { DType } from "./types";

export type Size = number | readonly number[];

export interface ChoiceOptions {
  size?: Size | null;
  replace?: boolean;
  p?: TensorLike | null;
}

function mix32(z: number): number {
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

function sizeShape(size: Size, op: string): number[] {
  return checkShape(typeof size === "number" ? [size] : [...size], op);
}

/** An independent, seeded random number generator with NumPy's Generator methods. */
export class Generator {
  private s0 = 0; private s1 = 0; private s2 = 0; private s3 = 0;

  constructor(seed = 0) { this.seed(seed); }

  /** Restarts the stream from `seed` (an integer). */
  seed(seed: number): void {
    if (typeof seed !== "number" || !Number.isInteger(seed) || Math.abs(seed) >= 2 ** 53) {
      throw new ValueError(`random.seed: the seed must be an integer with |seed| < 2^53, got ${String(seed)}`);
    }
    const lo = seed >>> 0;
    const hi = Math.floor(seed / 4294967296) >>> 0;
    let w = (lo ^ Math.imul(hi, 0x27d4eb2d)) >>> 0;
    const next = () => { w = (w + 0x9e3779b9) >>> 0; return mix32(w ^ hi); };
    this.s0 = next(); this.s1 = next(); this.s2 = next(); this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The next raw 32-bit output, 0 ≤ r < 2^32. */
  nextUint32(): number {
    const s1 = this.s1;
    const r5 = Math.imul(s1, 5);
    const result = Math.imul((r5 << 7) | (r5 >>> 25), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5, b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** A uniform integer in [0, n). */
  nextInt(n: number): number {
    if (n <= 4294967296) {
      const limit = 4294967296 - (4294967296 % n);
      let r: number;
      do r = this.nextUint32(); while (r >= limit);
      return r % n;
    }
    return Math.floor(this.nextDouble() * n);
  }

  private fillNormal(out: { [i: number]: number; length: number }, loc: number, scale: number): void {
    const n = out.length;
    for (let i = 0; i < n; i += 2) {
      const u1 = this.nextDouble(), u2 = this.nextDouble();
      const r = Math.sqrt(-2 * Math.log(1 - u1));
      const th = 2 * Math.PI * u2;
      out[i] = loc + scale * r * Math.cos(th);
      if (i + 1 < n) out[i + 1] = loc + scale * r * Math.sin(th);
    }
  }

  /** Uniform floats in [0, 1): a number, or a tensor of shape `size`. */
  random(): number;
  random(size: Size, dtype?: DType): Tensor<any>;
  random(size?: Size, dtype?: DType): number | Tensor<any> {
    guard("random.random");
    return this.uniform(0, 1, size as Size, dtype);
  }

  /** Uniform floats in [low, high). */
  uniform(low?: number, high?: number): number;
  uniform(low: number, high: number, size: Size, dtype?: DType): Tensor<any>;
  uniform(low = 0, high = 1, size?: Size | null, dtype?: DType): number | Tensor<any> {
    guard("random.uniform");
    if (!(high >= low)) throw new ValueError(`random.uniform: high (${high}) must not be below low (${low})`);
    if (size === undefined || size === null) return low + (high - low) * this.nextDouble();
    const shape = sizeShape(size, "random.uniform");
    const out = alloc(dtype ?? "float64", sizeOf(shape));
    for (let i = 0; i < out.length; i++) out[i] = low + (high - low) * this.nextDouble();
    return new Tensor(out, shape);
  }

  /** Uniform floats in [0, 1) of shape (d0, d1, ...): `rand(2, 3)`. */
  rand(): number;
  rand(...shape: (number | readonly number[])[]): Tensor<any>;
  rand(...shape: (number | readonly number[])[]): number | Tensor<any> {
    guard("random.rand");
    if (shape.length === 0) return this.nextDouble();
    return this.uniform(0, 1, flatDims(shape));
  }

  /** Normal samples with mean `loc` and standard deviation `scale`. */
  normal(loc?: number, scale?: number): number;
  normal(loc: number, scale: number, size: Size, dtype?: DType): Tensor<any>;
  normal(loc = 0, scale = 1, size?: Size | null, dtype?: DType): number | Tensor<any> {
    guard("random.normal");
    if (!(scale >= 0)) throw new ValueError(`random.normal: scale (the standard deviation) must be 0 or more, got ${scale}`);
    if (size === undefined || size === null) { const o = [0]; this.fillNormal(o, loc, scale); return o[0]!; }
    const shape = sizeShape(size, "random.normal");
    const out = alloc(dtype ?? "float64", sizeOf(shape));
    this.fillNormal(out, loc, scale);
    return new Tensor(out, shape);
  }

  /** Standard normal samples (mean 0, std 1). */
  standardNormal(): number;
  standardNormal(size: Size, dtype?: DType): Tensor<any>;
  standardNormal(size?: Size, dtype?: DType): number | Tensor<any> {
    guard("random.standardNormal");
    return size === undefined ? this.normal(0, 1) : this.normal(0, 1, size, dtype);
  }

  /** Standard normal samples of shape (d0, d1, ...): `randn(3, 4)` or `randn([3, 4])`. */
  randn(): number;
  randn(...shape: (number | readonly number[])[]): Tensor<any>;
  randn(...shape: (number | readonly number[])[]): number | Tensor<any> {
    guard("random.randn");
    if (shape.length === 0) return this.normal(0, 1);
    return this.normal(0, 1, flatDims(shape));
  }

  /** Random integers in [low, high) (or [0, low) when high is omitted), stored as floats. */
  randint(low: number, high?: number | null): number;
  randint(low: number, high: number | null | undefined, size: Size): Tensor<any>;
  randint(low: number, high?: number | null, size?: Size | null): number | Tensor<any> {
    guard("random.randint");
    let lo = low, hi = high ?? undefined;
    if (hi === undefined) { hi = lo; lo = 0; }
    if (!Number.isInteger(lo) || !Number.isInteger(hi)) throw new ValueError(`random.randint: low and high must be integers, got ${lo} and ${hi}`);
    if (hi <= lo) throw new ValueError(`random.randint: high (${hi}) must be greater than low (${lo}); the range [low, high) is empty`);
    const n = hi - lo;
    if (size === undefined || size === null) return lo + this.nextInt(n);
    const shape = sizeShape(size, "random.randint");
    const out = new Float64Array(sizeOf(shape));
    for (let i = 0; i < out.length; i++) out[i] = lo + this.nextInt(n);
    return new Tensor(out, shape);
  }

  /**
   * Random picks from `a` (a 1-d tensor/array, or an integer n meaning arange(n)):
   * `choice(5, 3)`, `choice(xs, { size: 10, replace: false })`, `choice(3, { size: 100, p: [0.2, 0.3, 0.5] })`.
   */
  choice(a: TensorLike): number;
  choice(a: TensorLike, size: Size, replace?: boolean, p?: TensorLike | null): Tensor<any>;
  choice(a: TensorLike, options: ChoiceOptions & { size: Size }): Tensor<any>;
  choice(a: TensorLike, options: ChoiceOptions): Tensor<any> | number;
  choice(a: TensorLike, sizeOrOpts?: Size | ChoiceOptions | null, replace = true, p: TensorLike | null = null): number | Tensor<any> {
    guard("random.choice");
    let size: Size | null | undefined;
    if (sizeOrOpts !== null && typeof sizeOrOpts === "object" && !Array.isArray(sizeOrOpts)) {
      const o = sizeOrOpts as ChoiceOptions;
      size = o.size; replace = o.replace ?? true; p = o.p ?? null;
    } else size = sizeOrOpts as Size | null | undefined;
    let pool: Tensor<any>;
    if (typeof a === "number") {
      if (!Number.isInteger(a) || a < 0) throw new ValueError(`random.choice: a must be a non-negative integer or a 1-d array, got ${a}`);
      pool = new Tensor(Float64Array.from({ length: a }, (_, i) => i), [a]);
    } else pool = toTensor(a, undefined, "random.choice");
    if (pool.ndim !== 1) throw new ShapeError(`random.choice: a must be 1-d, got shape ${fmtShape(pool.shape)}`);
    const n = pool.size;
    const shape = size === undefined || size === null ? [] : sizeShape(size, "random.choice");
    const m = sizeOf(shape);
    if (n === 0 && m > 0) throw new ValueError("random.choice: cannot choose from an empty array");
    let probs: Float64Array | undefined;
    if (p !== null && p !== undefined) {
      const pt = toTensor(p, "float64", "random.choice");
      if (pt.ndim !== 1 || pt.size !== n) throw new ShapeError(`random.choice: p must be 1-d with one probability per entry (${n}), got shape ${fmtShape(pt.shape)}`);
      let total = 0;
      for (const v of pt.data) {
        if (!(v >= 0)) throw new ValueError(`random.choice: probabilities must be 0 or more, got ${v}`);
        total += v;
      }
      if (Math.abs(total - 1) > 1e-8) throw new ValueError(`random.choice: probabilities must sum to 1, they sum to ${total}`);
      probs = Float64Array.from(pt.data);
    }
    if (!replace && m > n) throw new ValueError(`random.choice: cannot take ${m} samples without replacement from ${n} entries`);
    const picks = new Float64Array(m);
    if (replace) {
      for (let i = 0; i < m; i++) picks[i] = probs ? this.pickWeighted(probs, 1) : this.nextInt(n);
    } else if (!probs) {
      const idx = Float64Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < m; i++) {
        const j = i + this.nextInt(n - i);
        const t = idx[i]!; idx[i] = idx[j]!; idx[j] = t;
        picks[i] = idx[i]!;
      }
    } else {
      const w = Float64Array.from(probs);
      let left = 1;
      for (let i = 0; i < m; i++) {
        const j = this.pickWeighted(w, left);
        picks[i] = j; left -= w[j]!; w[j] = 0;
      }
    }
    const out = alloc(pool.dtype, m);
    for (let i = 0; i < m; i++) out[i] = pool.data[picks[i]!]!;
    if (shape.length === 0) return out[0]!;
    return new Tensor(out, shape);
  }

  private pickWeighted(w: Float64Array, total: number): number {
    const u = this.nextDouble() * total;
    let acc = 0, last = 0;
    for (let j = 0; j < w.length; j++) {
      if (w[j]! <= 0) continue;
      acc += w[j]!; last = j;
      if (u < acc) return j;
    }
    return last;
  }

  /** A shuffled copy: of arange(n) for an integer, else of `x` along its first axis. */
  permutation(x: TensorLike): Tensor<any> {
    guard("random.permutation");
    if (typeof x === "number") {
      if (!Number.isInteger(x) || x < 0) throw new ValueError(`random.permutation: expected a non-negative integer or an array, got ${x}`);
      x = new Tensor(Float64Array.from({ length: x }, (_, i) => i), [x]);
    }
    const t = toTensor(x, undefined, "random.permutation").copy();
    this.shuffleInPlace(t);
    return t;
  }

  /** Shuffles `x` in place along its first axis. */
  shuffle(x: Tensor<any>): void {
    guard("random.shuffle");
    this.shuffleInPlace(x);
  }

  private shuffleInPlace(t: Tensor<any>): void {
    if (t.ndim === 0) throw new ShapeError("random.permutation: cannot shuffle a 0-d tensor");
    const n = t.shape[0]!, row = t.size / Math.max(n, 1);
    const tmp = alloc(t.dtype, row);
    for (let i = n - 1; i > 0; i--) {
      const j = this.nextInt(i + 1);
      if (j === i) continue;
      tmp.set(t.data.subarray(i * row, (i + 1) * row));
      t.data.copyWithin(i * row, j * row, (j + 1) * row);
      t.data.set(tmp, j * row);
    }
  }
}

function flatDims(shape: readonly (number | readonly number[])[]): number[] {
  if (shape.length === 1 && Array.isArray(shape[0])) return [...(shape[0] as readonly number[])];
  return shape as number[];
}

/** A new independent generator: `const rng = np.random.defaultRng(42)`. */
export function defaultRng(seed = 0): Generator {
  return new Generator(seed);
}
