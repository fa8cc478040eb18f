/** Right-aligned comparison: each axis must be equal or 1; the result takes the other size. */
export function broadcastShape(a: readonly number[], b: readonly number[]): number[] | false {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let k = 1; k <= n; k++) {
    // k-th axis from the right; a missing axis counts as size 1 (left padding)
    const da = k <= a.length ? a[a.length - k]! : 1;
    const db = k <= b.length ? b[b.length - k]! : 1;
    if (da !== db && da !== 1 && db !== 1) return false;
    out[n - k] = da === 1 ? db : da; // eq:broadcast-index
  }
  return out;
}
