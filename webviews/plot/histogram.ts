// Histogram bins: equal widths over the data's range; the count defaults to the Freedman–Diaconis
// rule, clamped to a readable 5..60 (falls back to Sturges when the interquartile range is 0).

export interface Bins {
  readonly edges: number[];
  readonly counts: number[];
}

function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function binCount(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 1;
  const sorted = [...values].sort((a, b) => a - b);
  const iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
  const span = sorted[n - 1]! - sorted[0]!;
  if (span === 0) return 1;
  const k = iqr > 0 ? Math.ceil(span / (2 * iqr * n ** (-1 / 3))) : Math.ceil(Math.log2(n)) + 1;
  // A span that overflows (say ±1e308) gives no finite rule: use the most bins.
  return Number.isFinite(k) ? Math.max(5, Math.min(60, k)) : 60;
}

export function histogram(values: readonly number[], bins = binCount(values)): Bins {
  const finite = values.filter(Number.isFinite);
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (!finite.length) { lo = 0; hi = 1; }
  // A single value, or a span so small that dividing it into bins underflows to 0 (say 0 and 5e-324):
  // one unit-wide range around the data instead.
  if (!((hi - lo) / bins > 0)) { const mid = lo / 2 + hi / 2; lo = mid - 0.5; hi = mid + 0.5; }
  const width = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => lo + i * width);
  const counts = new Array<number>(bins).fill(0);
  for (const v of finite) {
    // NaN only when v − lo overflows to Infinity over an infinite width: v is at the top end.
    const i = Math.floor((v - lo) / width);
    counts[Number.isNaN(i) ? bins - 1 : Math.max(0, Math.min(bins - 1, i))]!++;
  }
  return { edges, counts };
}
