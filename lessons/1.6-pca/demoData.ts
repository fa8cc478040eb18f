// Data sets built in code for the PCA demos and edge cases (seeded through the case's generator).

/** A standard normal number from a uniform generator (Box–Muller). */
export function gaussian(random: () => number): number {
  let u = random();
  while (u <= 1e-300) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * Tiny synthetic "faces", size×size pixels flattened row by row: a bright oval, two dark eyes and a
 * mouth whose positions, sizes and brightness vary from face to face, plus lighting from one side.
 */
export function faces(count: number, size: number, random: () => number): number[][] {
  const out: number[][] = [];
  for (let f = 0; f < count; f++) {
    const eyeY = 0.38 + 0.04 * gaussian(random), eyeGap = 0.17 + 0.03 * gaussian(random);
    const mouthY = 0.7 + 0.04 * gaussian(random), mouthW = 0.18 + 0.04 * gaussian(random);
    const light = 0.3 * gaussian(random), bright = 1 + 0.15 * gaussian(random);
    const img: number[] = [];
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const u = (y + 0.5) / size, v = (x + 0.5) / size;
        const oval = ((v - 0.5) / 0.36) ** 2 + ((u - 0.52) / 0.45) ** 2 < 1 ? bright : 0.1;
        const eye = (cx: number): number => Math.exp(-((u - eyeY) ** 2 + (v - cx) ** 2) / 0.004);
        const mouth = Math.exp(-((u - mouthY) ** 2) / 0.002) * (Math.abs(v - 0.5) < mouthW ? 1 : 0);
        img.push(oval * (1 + light * (v - 0.5)) - 0.8 * (eye(0.5 - eyeGap) + eye(0.5 + eyeGap)) - 0.6 * mouth + 0.02 * gaussian(random));
      }
    }
    out.push(img);
  }
  return out;
}

/**
 * N points in D dimensions that vary mostly along `scales.length` hidden directions (standard
 * deviations `scales`), plus isotropic noise of standard deviation `noise`, around a mean `offset`.
 */
export function lowRankData(n: number, d: number, scales: readonly number[], noise: number, offset: number, random: () => number): number[][] {
  const dirs = scales.map(() => {
    const v = Array.from({ length: d }, () => gaussian(random));
    const len = Math.hypot(...v);
    return v.map((x) => x / len);
  });
  const mean = Array.from({ length: d }, () => offset * (1 + gaussian(random)));
  return Array.from({ length: n }, () => {
    const x = mean.map((m) => m + noise * gaussian(random));
    scales.forEach((s, j) => {
      const z = s * gaussian(random);
      for (let i = 0; i < d; i++) x[i]! += z * dirs[j]![i]!;
    });
    return x;
  });
}
