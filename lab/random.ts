// np.random: module-level functions that draw from one shared Generator (seeded with 0 at start,
// so a program prints the same numbers on every run until you call np.random.seed).
// For independent streams use `np.random.defaultRng(seed)`.
import { Generator, defaultRng, type ChoiceOptions, type Size } from "./generator";
import type { Tensor, TensorLike } from "./tensor";
import type { DType } from "./types";

export { Generator, defaultRng };
export type { ChoiceOptions, Size };

let shared = new Generator(0);

/** Restarts the shared generator from `seed`. */
export function seed(s: number): void { shared = new Generator(s); }

export function random(): number;
export function random(size: Size, dtype?: DType): Tensor<any>;
export function random(size?: Size, dtype?: DType): number | Tensor<any> {
  return size === undefined ? shared.random() : shared.random(size, dtype);
}

export function rand(): number;
export function rand(...shape: (number | readonly number[])[]): Tensor<any>;
export function rand(...shape: (number | readonly number[])[]): number | Tensor<any> { return shared.rand(...shape); }

export function randn(): number;
export function randn(...shape: (number | readonly number[])[]): Tensor<any>;
export function randn(...shape: (number | readonly number[])[]): number | Tensor<any> { return shared.randn(...shape); }

export function normal(loc?: number, scale?: number): number;
export function normal(loc: number, scale: number, size: Size, dtype?: DType): Tensor<any>;
export function normal(loc = 0, scale = 1, size?: Size, dtype?: DType): number | Tensor<any> {
  return size === undefined ? shared.normal(loc, scale) : shared.normal(loc, scale, size, dtype);
}

export function standardNormal(): number;
export function standardNormal(size: Size, dtype?: DType): Tensor<any>;
export function standardNormal(size?: Size, dtype?: DType): number | Tensor<any> {
  return size === undefined ? shared.standardNormal() : shared.standardNormal(size, dtype);
}

export function uniform(low?: number, high?: number): number;
export function uniform(low: number, high: number, size: Size, dtype?: DType): Tensor<any>;
export function uniform(low = 0, high = 1, size?: Size, dtype?: DType): number | Tensor<any> {
  return size === undefined ? shared.uniform(low, high) : shared.uniform(low, high, size, dtype);
}

export function randint(low: number, high?: number | null): number;
export function randint(low: number, high: number | null | undefined, size: Size): Tensor<any>;
export function randint(low: number, high?: number | null, size?: Size): number | Tensor<any> {
  return size === undefined ? shared.randint(low, high) : shared.randint(low, high, size);
}

export function choice(a: TensorLike): number;
export function choice(a: TensorLike, size: Size, replace?: boolean, p?: TensorLike | null): Tensor<any>;
export function choice(a: TensorLike, options: ChoiceOptions & { size: Size }): Tensor<any>;
export function choice(a: TensorLike, options: ChoiceOptions): Tensor<any> | number;
export function choice(a: TensorLike, size?: Size | ChoiceOptions, replace?: boolean, p?: TensorLike | null): number | Tensor<any> {
  if (size === undefined) return shared.choice(a);
  if (typeof size === "object" && !Array.isArray(size)) return shared.choice(a, size as ChoiceOptions);
  return shared.choice(a, size as Size, replace, p);
}

export function permutation(x: TensorLike): Tensor<any> { return shared.permutation(x); }
export function shuffle(x: Tensor<any>): void { shared.shuffle(x); }
