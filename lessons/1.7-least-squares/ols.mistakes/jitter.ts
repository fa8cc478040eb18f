// diagnosis: added-regularisation
import * as np from "mathlab";

/** Adds 1e-3·I to XᵀX "for numerical safety": that is ridge regression, and it biases every weight. */
export function ols(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>): np.Tensor<["D"]> {
  const d = X.shape[1]!;
  const gram = np.add(np.matmul(X.T, X), np.multiply(1e-3, np.eye(d)));
  return np.linalg.solve(gram, np.matmul(X.T, y));
}
