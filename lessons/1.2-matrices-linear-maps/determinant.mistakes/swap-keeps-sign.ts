// diagnosis: swap-sign
import * as np from "mathlab";

/** Pivots correctly but forgets that each row swap flips the sign of the determinant. */
export function determinant(a: np.Tensor<["N", "N"]>): number {
  const U = (a.toArray() as number[][]).map((row) => row.slice());
  const n = U.length;
  let det = 1;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(U[i]![k]!) > Math.abs(U[p]![k]!)) p = i;
    if (U[p]![k] === 0) return 0;
    [U[p], U[k]] = [U[k]!, U[p]!];
    det *= U[k]![k]!;
    for (let i = k + 1; i < n; i++) {
      const l = U[i]![k]! / U[k]![k]!;
      for (let j = k; j < n; j++) U[i]![j]! -= l * U[k]![j]!;
    }
  }
  return det;
}
