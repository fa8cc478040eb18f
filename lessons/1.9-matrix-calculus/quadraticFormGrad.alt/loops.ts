import * as np from "mathlab";

/** Component k: Σⱼ A[k][j] x[j] + Σᵢ x[i] A[i][k], written as loops. */
export function quadraticFormGrad(A: np.Tensor<["N", "N"]>, x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  const a = A.toArray() as number[][], v = x.toArray() as number[];
  const g = v.map((_, k) => a.reduce((s, row, i) => s + row[k]! * v[i]! + a[k]![i]! * v[i]!, 0));
  return np.array(g) as np.Tensor<["N"]>;
}
