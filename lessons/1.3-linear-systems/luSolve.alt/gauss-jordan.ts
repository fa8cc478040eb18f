import * as np from "mathlab";

/** Gauss–Jordan on the augmented matrix [A | b] with partial pivoting: eliminate above and below each pivot. */
export function luSolve(a: np.Tensor<["N", "N"]>, b: np.Tensor<["N"]>): np.Tensor<["N"]> {
  const bs = b.toArray() as number[];
  const M = (a.toArray() as number[][]).map((row, i) => [...row, bs[i]!]);
  const n = M.length;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i]![k]!) > Math.abs(M[p]![k]!)) p = i;
    [M[p], M[k]] = [M[k]!, M[p]!];
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const l = M[i]![k]! / M[k]![k]!;
      for (let j = k; j <= n; j++) M[i]![j]! -= l * M[k]![j]!;
    }
  }
  return np.array(M.map((row, i) => row[n]! / row[i]!)) as np.Tensor<["N"]>;
}
