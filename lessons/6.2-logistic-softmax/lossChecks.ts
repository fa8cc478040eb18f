// Losses of lesson 6.2 in plain numbers, and a central-difference gradient, for the specs'
// gradient checks and the Run demo. Specs run in the engine's process; the student never sees this.
import * as np from "mathlab";

type Rows = number[][];

const rowsOf = (t: np.Tensor<any>): Rows => t.toArray() as Rows;
const entriesOf = (t: np.Tensor<any>): number[] => {
  const a = t.toArray();
  return typeof a === "number" ? [a] : (a as number[]);
};

/** log(1 + e^a) without overflow for large a nor loss of digits for very negative a. */
export function softplus(a: number): number {
  return Math.max(a, 0) + Math.log1p(Math.exp(-Math.abs(a)));
}

/**
 * Binary cross-entropy of lesson 6.2 (eq:logistic-loss), bias folded into w, mean over N.
 * Written as log(1 + e^{-t}) + (1 - y) t (the derivation's third line), so saturated scores stay finite.
 */
export function logisticLoss(X: np.Tensor<any>, y: np.Tensor<any>, w: np.Tensor<any>): number {
  const x = rowsOf(X), labels = entriesOf(y), weights = entriesOf(w);
  let total = 0;
  x.forEach((row, n) => {
    const t = row.reduce((s, v, d) => s + v * weights[d]!, 0);
    total += softplus(-t) + (1 - labels[n]!) * t;
  });
  return total / x.length;
}

/**
 * Mean softmax cross-entropy of integer labels: (1/N) Σ_n [logsumexp(z_n) − z_{n, y_n}],
 * with z_n = Wᵀx_n + b (eq:ce-loss averaged over the examples).
 */
export function softmaxLossOf(x: Rows, labels: readonly number[], W: Rows, b: readonly number[]): number {
  const K = b.length;
  let total = 0;
  x.forEach((row, n) => {
    const z = Array.from({ length: K }, (_, k) => b[k]! + row.reduce((s, v, d) => s + v * W[d]![k]!, 0));
    const m = Math.max(...z);
    const lse = m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0));
    total += lse - z[labels[n]!]!;
  });
  return total / x.length;
}

export function softmaxLoss(X: np.Tensor<any>, y: np.Tensor<any>, W: np.Tensor<any>, b: np.Tensor<any>): number {
  return softmaxLossOf(rowsOf(X), entriesOf(y), rowsOf(W), entriesOf(b));
}

/** Central differences (f(v + h e_i) − f(v − h e_i)) / 2h of f at the point v, one entry at a time. */
export function centralDifferences(f: (v: number[]) => number, v: readonly number[], h = 1e-5): number[] {
  return v.map((_, i) => {
    const up = [...v], down = [...v];
    up[i]! += h;
    down[i]! -= h;
    return (f(up) - f(down)) / (2 * h);
  });
}

export { rowsOf, entriesOf };
