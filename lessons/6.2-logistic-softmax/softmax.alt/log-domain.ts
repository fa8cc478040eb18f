import * as np from "mathlab";

/** Works in the log domain: log softmax(z) = z - logsumexp(z), then one exp at the end. */
export function softmax(z: np.Tensor<["N", "K"]>): np.Tensor<["N", "K"]> {
  const m = np.max(z, { axis: -1, keepdims: true });
  const lse = np.add(m, np.log(np.sum(np.exp(np.subtract(z, m)), { axis: -1, keepdims: true })));
  return np.exp(np.subtract(z, lse));
}
