// diagnosis: ones-not-stretched
/** Pads the shorter shape correctly, but then demands equal sizes where both shapes have an axis. */
export function broadcastShape(a: readonly number[], b: readonly number[]): number[] | false {
  const n = Math.max(a.length, b.length);
  const shared = Math.min(a.length, b.length);
  const pa = [...Array<number>(n - a.length).fill(1), ...a];
  const pb = [...Array<number>(n - b.length).fill(1), ...b];
  for (let i = n - shared; i < n; i++) if (pa[i] !== pb[i]) return false;
  return pa.map((x, i) => (i < n - shared ? Math.max(x, pb[i]!) : x));
}
