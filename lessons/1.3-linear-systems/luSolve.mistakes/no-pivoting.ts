// diagnosis: no-pivoting
import * as np from "mathlab";

/** LU without row exchanges: a zero pivot divides by zero, a tiny one wipes out the answer. */
export function luSolve(a: np.Tensor<["N", "N"]>, b: np.Tensor<["N"]>): np.Tensor<["N"]> {
  const A = (a.toArray() as number[][]).map((row) => row.slice());
  const y = (b.toArray() as number[]).slice();
  const n = A.length;
  for (let k = 0; k < n; k++) {
    for (let i = k + 1; i < n; i++) {
      const l = A[i]![k]! / A[k]![k]!;
      for (let j = k; j < n; j++) A[i]![j]! -= l * A[k]![j]!;
      y[i]! -= l * y[k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let j = i + 1; j < n; j++) s -= A[i]![j]! * x[j]!;
    x[i] = s / A[i]![i]!;
  }
  return np.array(x) as np.Tensor<["N"]>;
}
