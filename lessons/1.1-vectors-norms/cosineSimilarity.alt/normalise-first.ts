import * as np from "mathlab";

/** Normalises every row to unit length first (zero rows stay zero), then takes inner products. */
export function cosineSimilarity(x: np.Tensor<["N", "D"]>, y: np.Tensor<["M", "D"]>): np.Tensor<["N", "M"]> {
  const unit = (a: np.AnyTensor): np.AnyTensor => {
    const n = np.sqrt(np.sum(np.square(a), { axis: 1, keepdims: true }));
    return np.divide(a, np.where(np.equal(n, 0), 1, n));
  };
  return np.matmul(unit(x), np.transpose(unit(y))) as np.Tensor<["N", "M"]>;
}
