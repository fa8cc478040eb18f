// diagnosis: one-side-normalized
import * as np from "mathlab";

/** Divides by the norms of x only: the length of y still scales the result. */
export function cosineSimilarity(x: np.Tensor<["N", "D"]>, y: np.Tensor<["M", "D"]>): np.Tensor<["N", "M"]> {
  const nx = np.sqrt(np.sum(np.square(x), { axis: 1, keepdims: true }));
  return np.divide(np.matmul(x, np.transpose(y)), np.where(np.equal(nx, 0), 1, nx)) as np.Tensor<["N", "M"]>;
}
