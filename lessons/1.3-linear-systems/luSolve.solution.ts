import * as np from "mathlab";

/** PA = LU with partial pivoting, stored in place (L below the diagonal), then two triangular solves. */
export function luSolve(a: np.Tensor<["N", "N"]>, b: np.Tensor<["N"]>): np.Tensor<["N"]> {
  const A = (a.toArray() as number[][]).map((row) => row.slice());
  const rhs = (b.toArray() as number[]).slice();
  const n = A.length;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(A[i]![k]!) > Math.abs(A[p]![k]!)) p = i;
    if (A[p]![k] === 0) throw new Error("luSolve: the matrix is singular (no pivot in column " + k + ")");
    if (p !== k) {
      [A[p], A[k]] = [A[k]!, A[p]!];
      [rhs[p], rhs[k]] = [rhs[k]!, rhs[p]!]; // the same swap on b (eq:plu)
    }
    for (let i = k + 1; i < n; i++) {
      const l = A[i]![k]! / A[k]![k]!; // eq:elimination
      A[i]![k] = l;
      for (let j = k + 1; j < n; j++) A[i]![j]! -= l * A[k]![j]!;
    }
  }
  // Forward substitution L y = P b (L has a unit diagonal), then back substitution U x = y. // eq:substitution
  const y = rhs;
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) y[i]! -= A[i]![j]! * y[j]!;
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let j = i + 1; j < n; j++) s -= A[i]![j]! * x[j]!;
    x[i] = s / A[i]![i]!;
  }
  return np.array(x) as np.Tensor<["N"]>;
}
