// diagnosis: no-compatibility-check
/** Takes the larger size on every axis and never reports a clash like 3 against 4. */
export function broadcastShape(a: readonly number[], b: readonly number[]): number[] | false {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let k = 1; k <= n; k++) {
    const x = k <= a.length ? a[a.length - k]! : 1;
    const y = k <= b.length ? b[b.length - k]! : 1;
    out.unshift(x === 1 ? y : y === 1 ? x : Math.max(x, y));
  }
  return out;
}
