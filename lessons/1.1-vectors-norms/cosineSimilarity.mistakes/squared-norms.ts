// diagnosis: squared-norms
import * as np from "mathlab";

/** Divides by the squared norms (no square root). */
export function cosineSimilarity(x: np.Tensor<["N", "D"]>, y: np.Tensor<["M", "D"]>): np.Tensor<["N", "M"]> {
  const nx = np.sum(np.square(x), { axis: 1, keepdims: true });
  const ny = np.sum(np.square(y), { axis: 1 });
  const denom = np.multiply(nx, ny);
  return np.where(np.equal(denom, 0), 0, np.divide(np.matmul(x, np.transpose(y)), np.where(np.equal(denom, 0), 1, denom))) as np.Tensor<["N", "M"]>;
}
