import * as np from "mathlab";

/** ||x_i||² - 2 x yᵀ + ||y_j||², clamped at 0 (round-off can make it slightly negative), then sqrt. */
export function pairwiseDistances(x: np.Tensor<["N", "D"]>, y: np.Tensor<["M", "D"]>): np.Tensor<["N", "M"]> {
  const r = np.sum(np.square(x), { axis: 1, keepdims: true }); // [N, 1]
  const c = np.sum(np.square(y), { axis: 1 }); // [M] → broadcasts as [1, M]
  const sq = np.add(np.subtract(r, np.multiply(2, np.matmul(x, np.transpose(y)))), c); // eq:pairwise
  return np.sqrt(np.maximum(sq, 0)) as np.Tensor<["N", "M"]>; // eq:pairwise-clamp
}
