import * as np from "mathlab";

/** Column j is (h(x + ε eⱼ) − h(x − ε eⱼ)) / 2ε: one pair of evaluations per input coordinate. */
export function jacobian(W: np.Tensor<["M", "N"]>, b: np.Tensor<["M"]>, x: np.Tensor<["N"]>): np.Tensor<["M", "N"]> {
  const n = x.shape[0]!;
  const eps = 1e-6;
  const h = (v: np.Tensor<any>): number[] => np.tanh(np.add(np.matmul(W, v), b)).toArray() as number[];
  const cols: number[][] = [];
  for (let j = 0; j < n; j++) {
    const e = np.zeros([n]);
    e.set(j, eps);
    const up = h(np.add(x, e)), down = h(np.subtract(x, e));
    cols.push(up.map((u, i) => (u - down[i]!) / (2 * eps))); // eq:central-difference
  }
  return np.array(cols).T as np.Tensor<["M", "N"]>;
}
