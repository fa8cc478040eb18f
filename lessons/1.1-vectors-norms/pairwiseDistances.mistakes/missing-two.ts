// diagnosis: missing-factor-2
import * as np from "mathlab";

/** Expands ||x - y||² as ||x||² - <x, y> + ||y||²: the cross term needs a factor 2. */
export function pairwiseDistances(x: np.Tensor<["N", "D"]>, y: np.Tensor<["M", "D"]>): np.Tensor<["N", "M"]> {
  const r = np.sum(np.square(x), { axis: 1, keepdims: true });
  const c = np.sum(np.square(y), { axis: 1 });
  return np.sqrt(np.maximum(np.add(np.subtract(r, np.matmul(x, np.transpose(y))), c), 0)) as np.Tensor<["N", "M"]>;
}
