import * as np from "mathlab";

/** Every difference by broadcasting: x as [N, 1, D] minus y as [1, M, D], then the norm over D. */
export function pairwiseDistances(x: np.Tensor<["N", "D"]>, y: np.Tensor<["M", "D"]>): np.Tensor<["N", "M"]> {
  const diff = np.subtract(np.expandDims(x, 1), np.expandDims(y, 0)); // [N, M, D]
  return np.sqrt(np.sum(np.square(diff), { axis: -1 })) as np.Tensor<["N", "M"]>;
}
