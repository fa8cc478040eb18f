import * as np from "mathlab";

/** One inner product per (point, component), with plain loops. */
export function pcaTransform(X: np.Tensor<["N", "D"]>, mean: np.Tensor<["D"]>, components: np.Tensor<["K", "D"]>): np.Tensor<["N", "K"]> {
  const x = X.toArray() as number[][], mu = mean.toArray() as number[], w = components.toArray() as number[][];
  const z = x.map((row) => w.map((dir) => dir.reduce((s, wj, j) => s + wj * (row[j]! - mu[j]!), 0)));
  return np.array(z) as np.Tensor<["N", "K"]>;
}
