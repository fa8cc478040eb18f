// Contour lines of a grid by marching squares. Grid z[row][col]; row 0 is the bottom. Segments come
// back in grid coordinates (x = column, y = row), ready to be scaled onto the heatmap.

export type Segment = readonly [number, number, number, number];

export function contourLevels(z: readonly (readonly number[])[], count: number): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of z) for (const v of row) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
  if (!(hi > lo) || count < 1) return [];
  return Array.from({ length: count }, (_, i) => lo + ((i + 1) * (hi - lo)) / (count + 1));
}

export function contourSegments(z: readonly (readonly number[])[], level: number): Segment[] {
  const out: Segment[] = [];
  const rows = z.length;
  const cols = z[0]?.length ?? 0;
  // Where the level crosses the edge between two corners, by linear interpolation.
  const cross = (a: number, b: number): number => (a === b ? 0.5 : (level - a) / (b - a));
  for (let r = 0; r + 1 < rows; r++) {
    for (let c = 0; c + 1 < cols; c++) {
      const v00 = z[r]![c]!, v01 = z[r]![c + 1]!, v10 = z[r + 1]![c]!, v11 = z[r + 1]![c + 1]!;
      // Crossing points on the four edges: bottom, right, top, left.
      const pts: [number, number][] = [];
      if ((v00 < level) !== (v01 < level)) pts.push([c + cross(v00, v01), r]);
      if ((v01 < level) !== (v11 < level)) pts.push([c + 1, r + cross(v01, v11)]);
      if ((v10 < level) !== (v11 < level)) pts.push([c + cross(v10, v11), r + 1]);
      if ((v00 < level) !== (v10 < level)) pts.push([c, r + cross(v00, v10)]);
      if (pts.length === 2) out.push([pts[0]![0], pts[0]![1], pts[1]![0], pts[1]![1]]);
      else if (pts.length === 4) {
        // Saddle: decide by the centre value which pairs of crossings belong together.
        const centre = (v00 + v01 + v10 + v11) / 4;
        const [b, rt, t, l] = pts as [[number, number], [number, number], [number, number], [number, number]];
        if ((centre < level) === (v00 < level)) { out.push([b[0], b[1], rt[0], rt[1]], [t[0], t[1], l[0], l[1]]); }
        else { out.push([b[0], b[1], l[0], l[1]], [t[0], t[1], rt[0], rt[1]]); }
      }
    }
  }
  return out;
}
