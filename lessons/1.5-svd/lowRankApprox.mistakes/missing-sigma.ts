// diagnosis: missing-sigma
import * as np from "mathlab";

/** Multiplies the singular vectors together and forgets the singular values in between. */
export function lowRankApprox(A: np.Tensor<["M", "N"]>, k: number): np.Tensor<["M", "N"]> {
  const [U, , Vh] = np.linalg.svd(A, { fullMatrices: false });
  return np.matmul(U.slice(":", `:${k}`), Vh.slice(`:${k}`, ":"));
}
