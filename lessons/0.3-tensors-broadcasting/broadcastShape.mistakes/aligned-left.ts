// diagnosis: aligned-left
/** Compares the shapes from the left and pads the shorter one on the right. */
export function broadcastShape(a: readonly number[], b: readonly number[]): number[] | false {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? 1;
    const y = b[i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) return false;
    out.push(x === 1 ? y : x);
  }
  return out;
}
