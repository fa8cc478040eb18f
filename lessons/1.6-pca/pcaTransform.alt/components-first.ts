import * as np from "mathlab";

/** Zᵀ = W (X − μ)ᵀ: project the centred columns, then transpose back. */
export function pcaTransform(X: np.Tensor<["N", "D"]>, mean: np.Tensor<["D"]>, components: np.Tensor<["K", "D"]>): np.Tensor<["N", "K"]> {
  const centredT = np.subtract(X.T, np.expandDims(mean, 1));
  return np.matmul(components, centredT).T as np.Tensor<["N", "K"]>;
}
