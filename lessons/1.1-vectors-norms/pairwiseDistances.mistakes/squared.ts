// diagnosis: squared-distances
import * as np from "mathlab";

/** Returns the squared distances: the square root is missing. */
export function pairwiseDistances(x: np.Tensor<["N", "D"]>, y: np.Tensor<["M", "D"]>): np.Tensor<["N", "M"]> {
  const r = np.sum(np.square(x), { axis: 1, keepdims: true });
  const c = np.sum(np.square(y), { axis: 1 });
  return np.maximum(np.add(np.subtract(r, np.multiply(2, np.matmul(x, np.transpose(y)))), c), 0) as np.Tensor<["N", "M"]>;
}
