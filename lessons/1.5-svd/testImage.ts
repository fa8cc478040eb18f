// A grey-scale test image built in code for the low-rank demo: smooth blobs, a bar and a gradient,
// plus a little seeded noise. Smooth images have quickly decaying singular values.
export function testImage(height: number, width: number, random: () => number): number[][] {
  const blob = (y: number, x: number, cy: number, cx: number, r: number): number =>
    Math.exp(-((y - cy) ** 2 + (x - cx) ** 2) / (2 * r * r));
  return Array.from({ length: height }, (_, y) => Array.from({ length: width }, (_, x) => {
    const u = y / height, v = x / width;
    let value = 0.3 * v + 0.2 * u;
    value += 0.9 * blob(u, v, 0.35, 0.3, 0.12) + 0.7 * blob(u, v, 0.6, 0.7, 0.18);
    if (u > 0.75 && u < 0.85 && v > 0.15 && v < 0.85) value += 0.5; // a horizontal bar
    return value + 0.02 * (random() - 0.5);
  }));
}
