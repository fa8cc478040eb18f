import * as np from "mathlab";

/** All inner products at once (x yᵀ), divided by the outer product of the row norms; zero rows give 0. */
export function cosineSimilarity(x: np.Tensor<["N", "D"]>, y: np.Tensor<["M", "D"]>): np.Tensor<["N", "M"]> {
  const dots = np.matmul(x, np.transpose(y)); // [N, M]
  const nx = np.sqrt(np.sum(np.square(x), { axis: 1, keepdims: true })); // [N, 1]
  const ny = np.sqrt(np.sum(np.square(y), { axis: 1 })); // [M], broadcasts as [1, M]
  const denom = np.multiply(nx, ny); // [N, M]
  const zero = np.equal(denom, 0);
  return np.where(zero, 0, np.divide(dots, np.where(zero, 1, denom))) as np.Tensor<["N", "M"]>; // eq:cosine
}
