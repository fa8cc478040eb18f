import * as np from "mathlab";

/**
 * The variance-maximisation route: eigendecomposition of the sample covariance C = XcᵀXc/(N − 1).
 * eigh returns eigenvalues ascending, so the top k are the last k, reversed.
 */
export function pcaFit(X: np.Tensor<["N", "D"]>, k: number): [np.Tensor<["D"]>, np.Tensor<["K", "D"]>, np.Tensor<["K"]>] {
  const [n, d] = [X.shape[0]!, X.shape[1]!];
  const mean = np.mean(X, 0);
  const Xc = np.subtract(X, mean);
  const C = np.divide(np.matmul(Xc.T, Xc), n - 1);
  const [w, V] = np.linalg.eigh(C);
  const top = Array.from({ length: k }, (_, i) => d - 1 - i);
  const components = np.stack(top.map((j) => V.slice(":", j)));
  const variances = np.array(top.map((j) => w.get(j)));
  return [mean, components, variances];
}
