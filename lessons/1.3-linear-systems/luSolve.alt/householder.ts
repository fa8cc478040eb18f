import * as np from "mathlab";

/** Solves through A = QR (Householder): apply the reflections to b, then back-substitute R x = Qᵀ b. */
export function luSolve(a: np.Tensor<["N", "N"]>, b: np.Tensor<["N"]>): np.Tensor<["N"]> {
  const R = (a.toArray() as number[][]).map((row) => row.slice());
  const c = (b.toArray() as number[]).slice();
  const n = R.length;
  for (let k = 0; k < n; k++) {
    const x = R.slice(k).map((row) => row[k]!);
    const norm = Math.hypot(...x);
    if (norm === 0) continue;
    const v = x.slice();
    v[0]! += (x[0]! >= 0 ? 1 : -1) * norm;
    const vtv = v.reduce((s, t) => s + t * t, 0);
    const reflect = (col: (i: number) => number, set: (i: number, value: number) => void): void => {
      let d = 0;
      for (let i = 0; i < v.length; i++) d += v[i]! * col(k + i);
      const f = (2 * d) / vtv;
      for (let i = 0; i < v.length; i++) set(k + i, col(k + i) - f * v[i]!);
    };
    for (let j = k; j < n; j++) reflect((i) => R[i]![j]!, (i, value) => { R[i]![j] = value; });
    reflect((i) => c[i]!, (i, value) => { c[i] = value; });
  }
  const out = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = c[i]!;
    for (let j = i + 1; j < n; j++) s -= R[i]![j]! * out[j]!;
    out[i] = s / R[i]![i]!;
  }
  return np.array(out) as np.Tensor<["N"]>;
}
