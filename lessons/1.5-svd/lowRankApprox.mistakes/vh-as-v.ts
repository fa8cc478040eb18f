// diagnosis: vh-as-v
import * as np from "mathlab";

/** Treats the third output of svd as V (vectors in columns) and transposes it "back". */
export function lowRankApprox(A: np.Tensor<["M", "N"]>, k: number): np.Tensor<["M", "N"]> {
  const [U, S, V] = np.linalg.svd(A);
  const Vk = V.slice(":", `:${k}`);
  return np.matmul(np.multiply(U.slice(":", `:${k}`), S.slice(`:${k}`)), Vk.T);
}
