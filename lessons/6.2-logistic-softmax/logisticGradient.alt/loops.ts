import * as np from "mathlab";

/** The sum over examples written out: each example adds (σ(t_n) − y_n) x_n, then divide by N. */
export function logisticGradient(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, w: np.Tensor<["D"]>): np.Tensor<["D"]> {
  const rows = X.toArray() as number[][];
  const labels = y.toArray() as number[];
  const weights = w.toArray() as number[];
  const grad = weights.map(() => 0);
  rows.forEach((x, n) => {
    const t = x.reduce((s, v, d) => s + v * weights[d]!, 0);
    const p = t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
    x.forEach((v, d) => { grad[d]! += (p - labels[n]!) * v; });
  });
  return np.array(grad.map((g) => g / rows.length)) as np.Tensor<["D"]>;
}
