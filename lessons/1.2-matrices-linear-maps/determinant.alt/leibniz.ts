import * as np from "mathlab";

/** The Leibniz formula: a signed product for every permutation, generated with its sign (eq:leibniz). */
export function determinant(a: np.Tensor<["N", "N"]>): number {
  const A = a.toArray() as number[][];
  const n = A.length;
  const perm = Array.from({ length: n }, (_, i) => i);
  const used = new Array<boolean>(n).fill(false);
  let total = 0;
  const visit = (row: number, sign: number, product: number): void => {
    if (row === n) { total += sign * product; return; }
    for (let c = 0; c < n; c++) {
      if (used[c]) continue;
      // The sign flips once for every earlier row whose column is to the right of c (an inversion).
      let inversions = 0;
      for (let r = 0; r < row; r++) if (perm[r]! > c) inversions++;
      used[c] = true;
      perm[row] = c;
      visit(row + 1, inversions % 2 === 0 ? sign : -sign, product * A[row]![c]!);
      used[c] = false;
    }
  };
  visit(0, 1, 1);
  return total;
}
