/** Works on the reversed shapes, so that "aligned on the right" becomes "aligned at index 0". */
export function broadcastShape(a: readonly number[], b: readonly number[]): number[] | false {
  const ra = [...a].reverse();
  const rb = [...b].reverse();
  const out: number[] = [];
  for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
    const x = ra[i] ?? 1;
    const y = rb[i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) return false;
    out.push(x === 1 ? y : x);
  }
  return out.reverse();
}
