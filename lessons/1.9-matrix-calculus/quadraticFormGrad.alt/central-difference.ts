import * as np from "mathlab";

/**
 * Central differences with step 1. For a quadratic the third derivative is 0, so
 * (f(x + eₖ) − f(x − eₖ)) / 2 is the exact partial derivative, up to round-off.
 */
export function quadraticFormGrad(A: np.Tensor<["N", "N"]>, x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  const n = x.shape[0]!;
  const f = (v: np.Tensor<["N"]>): number => np.dot(v, np.matmul(A, v)).item();
  const g: number[] = [];
  for (let k = 0; k < n; k++) {
    const e = np.zeros([n]);
    e.set(k, 1);
    g.push((f(np.add(x, e)) - f(np.subtract(x, e))) / 2); // eq:central-difference
  }
  return np.array(g) as np.Tensor<["N"]>;
}
