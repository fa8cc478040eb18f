// diagnosis: no-clamp
import * as np from "mathlab";

/** The expansion without the clamp: round-off makes some squared distances slightly negative, and sqrt gives NaN. */
export function pairwiseDistances(x: np.Tensor<["N", "D"]>, y: np.Tensor<["M", "D"]>): np.Tensor<["N", "M"]> {
  const r = np.sum(np.square(x), { axis: 1, keepdims: true });
  const c = np.sum(np.square(y), { axis: 1 });
  return np.sqrt(np.add(np.subtract(r, np.multiply(2, np.matmul(x, np.transpose(y)))), c)) as np.Tensor<["N", "M"]>;
}
