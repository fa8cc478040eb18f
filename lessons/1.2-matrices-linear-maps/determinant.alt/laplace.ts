import * as np from "mathlab";

/** Cofactor expansion along the first row: exact in structure, n! work, fine for small n. */
export function determinant(a: np.Tensor<["N", "N"]>): number {
  const det = (m: number[][]): number => {
    if (m.length === 0) return 1;
    if (m.length === 1) return m[0]![0]!;
    let s = 0;
    for (let j = 0; j < m.length; j++) {
      const minor = m.slice(1).map((row) => row.filter((_, c) => c !== j));
      s += (j % 2 === 0 ? 1 : -1) * m[0]![j]! * det(minor);
    }
    return s;
  };
  return det(a.toArray() as number[][]);
}
