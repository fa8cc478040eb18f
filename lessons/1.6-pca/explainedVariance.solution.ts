import * as np from "mathlab";

/** ρ_j = s_j² / Σ s_l² from the singular values of the centred data, padded with zeros to length D. */
export function explainedVariance(X: np.Tensor<["N", "D"]>): np.Tensor<["D"]> {
  const d = X.shape[1]!;
  const Xc = np.subtract(X, np.mean(X, 0));
  const s2 = np.square(np.linalg.svd(Xc, { fullMatrices: false })[1]);
  const ratio = np.divide(s2, np.sum(s2)); // eq:explained-ratio
  const padding = np.zeros([d - ratio.shape[0]!]);
  return np.concatenate([ratio, padding]) as np.Tensor<["D"]>;
}
