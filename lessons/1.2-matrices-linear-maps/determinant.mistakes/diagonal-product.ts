// diagnosis: not-triangular
import * as np from "mathlab";

/** Multiplies the diagonal of the matrix as given: only right for triangular matrices. */
export function determinant(a: np.Tensor<["N", "N"]>): number {
  const A = a.toArray() as number[][];
  return A.reduce((p, row, i) => p * row[i]!, 1);
}
