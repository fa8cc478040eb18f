// diagnosis: rhs-not-permuted
import * as np from "mathlab";

/** Swaps the rows of A while pivoting but leaves b in its original order: it solves PAx = b, not Ax = b. */
export function luSolve(a: np.Tensor<["N", "N"]>, b: np.Tensor<["N"]>): np.Tensor<["N"]> {
  const A = (a.toArray() as number[][]).map((row) => row.slice());
  const y = (b.toArray() as number[]).slice();
  const n = A.length;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(A[i]![k]!) > Math.abs(A[p]![k]!)) p = i;
    [A[p], A[k]] = [A[k]!, A[p]!];
    for (let i = k + 1; i < n; i++) {
      const l = A[i]![k]! / A[k]![k]!;
      A[i]![k] = l;
      for (let j = k + 1; j < n; j++) A[i]![j]! -= l * A[k]![j]!;
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) y[i]! -= A[i]![j]! * y[j]!;
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let j = i + 1; j < n; j++) s -= A[i]![j]! * x[j]!;
    x[i] = s / A[i]![i]!;
  }
  return np.array(x) as np.Tensor<["N"]>;
}
