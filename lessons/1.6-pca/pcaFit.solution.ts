import * as np from "mathlab";

/** PCA through the SVD of the centred data: directions are the rows of Vh, variances s²/(N − 1). */
export function pcaFit(X: np.Tensor<["N", "D"]>, k: number): [np.Tensor<["D"]>, np.Tensor<["K", "D"]>, np.Tensor<["K"]>] {
  const n = X.shape[0]!;
  const mean = np.mean(X, 0) as np.Tensor<["D"]>;
  const Xc = np.subtract(X, mean); // eq:centre
  const [, S, Vh] = np.linalg.svd(Xc, { fullMatrices: false });
  const components = Vh.slice(`:${k}`, ":") as np.Tensor<["K", "D"]>;
  const variances = np.divide(np.square(S.slice(`:${k}`)), n - 1) as np.Tensor<["K"]>; // eq:pca-svd
  return [mean, components, variances];
}
