/** Pads both shapes with leading 1s to the same length, then decides each axis independently. */
export function broadcastShape(a: readonly number[], b: readonly number[]): number[] | false {
  const n = Math.max(a.length, b.length);
  const pa = [...Array<number>(n - a.length).fill(1), ...a];
  const pb = [...Array<number>(n - b.length).fill(1), ...b];
  const out = pa.map((x, i) => {
    const y = pb[i]!;
    if (x === y) return x;
    if (x === 1) return y;
    if (y === 1) return x;
    return -1;
  });
  return out.includes(-1) ? false : out;
}
