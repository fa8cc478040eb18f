// diagnosis: zero-vector
import * as np from "mathlab";

/** Right formula, no guard: a zero row gives 0/0 = NaN. */
export function cosineSimilarity(x: np.Tensor<["N", "D"]>, y: np.Tensor<["M", "D"]>): np.Tensor<["N", "M"]> {
  const nx = np.sqrt(np.sum(np.square(x), { axis: 1, keepdims: true }));
  const ny = np.sqrt(np.sum(np.square(y), { axis: 1 }));
  return np.divide(np.matmul(x, np.transpose(y)), np.multiply(nx, ny)) as np.Tensor<["N", "M"]>;
}
