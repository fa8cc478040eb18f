import * as np from "mathlab";

/** Elimination to upper-triangular form; each swap flips the sign, and det U is the product of its diagonal. */
export function determinant(a: np.Tensor<["N", "N"]>): number {
  const U = (a.toArray() as number[][]).map((row) => row.slice());
  const n = U.length;
  let det = 1;
  for (let k = 0; k < n; k++) {
    // Partial pivoting: bring up the row with the largest |entry| in column k.
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(U[i]![k]!) > Math.abs(U[p]![k]!)) p = i;
    if (U[p]![k] === 0) return 0; // no pivot: the columns are dependent, det = 0
    if (p !== k) {
      [U[p], U[k]] = [U[k]!, U[p]!];
      det = -det; // a swap flips the sign (property 2)
    }
    const pivot = U[k]![k]!;
    det *= pivot; // eq:det-triangular
    for (let i = k + 1; i < n; i++) {
      const l = U[i]![k]! / pivot; // adding a multiple of a row leaves det unchanged
      for (let j = k; j < n; j++) U[i]![j]! -= l * U[k]![j]!;
    }
  }
  return det; // eq:det-elimination
}
