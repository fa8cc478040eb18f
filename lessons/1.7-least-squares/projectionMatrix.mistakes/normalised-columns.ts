// diagnosis: columns-not-orthogonal
import * as np from "mathlab";

/** Normalises each column and sums the rank-one projectors aⱼaⱼᵀ: only right if the columns are orthogonal. */
export function projectionMatrix(A: np.Tensor<["M", "N"]>): np.Tensor<["M", "M"]> {
  const norms = np.sqrt(np.sum(np.square(A), 0));
  const Q = np.divide(A, norms);
  return np.matmul(Q, Q.T);
}
