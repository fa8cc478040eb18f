import * as np from "mathlab";

/** Example by example: scores, a shifted softmax, then each example adds (p − y) to the gradients. */
export function softmaxRegressionStep(
  X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, W: np.Tensor<["D", "K"]>, b: np.Tensor<["K"]>, lr: number,
): [np.Tensor<["D", "K"]>, np.Tensor<["K"]>] {
  const x = X.toArray() as number[][], labels = y.toArray() as number[];
  const w = W.toArray() as number[][], bias = b.toArray() as number[];
  const N = x.length, K = bias.length;
  const gW = w.map((row) => row.map(() => 0));
  const gB = bias.map(() => 0);
  x.forEach((row, n) => {
    const z = bias.map((bk, k) => bk + row.reduce((s, v, d) => s + v * w[d]![k]!, 0));
    const m = Math.max(...z);
    const e = z.map((v) => Math.exp(v - m));
    const total = e.reduce((s, v) => s + v, 0);
    for (let k = 0; k < K; k++) {
      const err = e[k]! / total - (labels[n] === k ? 1 : 0);
      gB[k]! += err;
      row.forEach((v, d) => { gW[d]![k]! += err * v; });
    }
  });
  const newW = w.map((row, d) => row.map((v, k) => v - (lr * gW[d]![k]!) / N));
  const newB = bias.map((v, k) => v - (lr * gB[k]!) / N);
  return [np.array(newW) as np.Tensor<["D", "K"]>, np.array(newB) as np.Tensor<["K"]>];
}
