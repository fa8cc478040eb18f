// diagnosis: not-converged
import * as np from "mathlab";

/** Stops after a single sweep over the pairs: later rotations undo part of the earlier zeros, so one sweep is not enough. */
export function symmetricEig(A: np.Tensor<["N", "N"]>): [np.Tensor<["N"]>, np.Tensor<["N", "N"]>] {
  const n = A.shape[0]!;
  const a = (A.toArray() as number[][]).map((row) => [...row]);
  const v: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  const total = Math.sqrt(a.flat().reduce((s, x) => s + x * x, 0));

  for (let sweep = 0; sweep < 1; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += 2 * a[p]![q]! ** 2;
    if (Math.sqrt(off) <= 1e-15 * total) break; // eq:jacobi-off

    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const b = a[p]![q]!;
        if (b === 0) continue;
        const app = a[p]![p]!, aqq = a[q]![q]!;
        const theta = 0.5 * Math.atan((2 * b) / (aqq - app)); // eq:jacobi-angle
        const c = Math.cos(theta), s = Math.sin(theta);
        for (let r = 0; r < n; r++) {
          if (r === p || r === q) continue;
          const arp = a[r]![p]!, arq = a[r]![q]!;
          a[r]![p] = a[p]![r] = c * arp - s * arq; // eq:jacobi-update
          a[r]![q] = a[q]![r] = s * arp + c * arq;
        }
        a[p]![p] = c * c * app - 2 * c * s * b + s * s * aqq; // eq:jacobi-block
        a[q]![q] = s * s * app + 2 * c * s * b + c * c * aqq;
        a[p]![q] = a[q]![p] = 0;
        for (let r = 0; r < n; r++) {
          const vrp = v[r]![p]!, vrq = v[r]![q]!;
          v[r]![p] = c * vrp - s * vrq;
          v[r]![q] = s * vrp + c * vrq;
        }
      }
    }
  }

  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[i]![i]! - a[j]![j]!);
  const w = order.map((i) => a[i]![i]!);
  const vecs = v.map((row) => order.map((i) => row[i]!));
  return [np.array(w) as np.Tensor<["N"]>, np.array(vecs) as np.Tensor<["N", "N"]>];
}
