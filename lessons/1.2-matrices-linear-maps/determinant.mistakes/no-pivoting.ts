// diagnosis: zero-pivot
import * as np from "mathlab";

/** Elimination without row exchanges: a zero on the diagonal gives a division by zero. */
export function determinant(a: np.Tensor<["N", "N"]>): number {
  const U = (a.toArray() as number[][]).map((row) => row.slice());
  const n = U.length;
  let det = 1;
  for (let k = 0; k < n; k++) {
    det *= U[k]![k]!;
    for (let i = k + 1; i < n; i++) {
      const l = U[i]![k]! / U[k]![k]!;
      for (let j = k; j < n; j++) U[i]![j]! -= l * U[k]![j]!;
    }
  }
  return det;
}
