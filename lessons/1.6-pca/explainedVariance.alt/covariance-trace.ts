import * as np from "mathlab";

/** Eigenvalues of the covariance matrix over its trace (the total variance), sorted descending. */
export function explainedVariance(X: np.Tensor<["N", "D"]>): np.Tensor<["D"]> {
  const n = X.shape[0]!;
  const Xc = np.subtract(X, np.mean(X, 0));
  const C = np.divide(np.matmul(Xc.T, Xc), n - 1);
  const w = (np.linalg.eigvalsh(C).toArray() as number[]).map((x) => Math.max(x, 0)).reverse();
  const total = np.trace(C).item();
  return np.array(w.map((x) => x / total)) as np.Tensor<["D"]>;
}
