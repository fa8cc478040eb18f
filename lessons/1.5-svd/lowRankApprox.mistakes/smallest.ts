// diagnosis: smallest-singular-values
import * as np from "mathlab";

/** Takes the last k singular triplets, as if the SVD listed them in ascending order (eigh does, svd does not). */
export function lowRankApprox(A: np.Tensor<["M", "N"]>, k: number): np.Tensor<["M", "N"]> {
  const [U, S, Vh] = np.linalg.svd(A, { fullMatrices: false });
  const p = S.shape[0]!;
  const Uk = U.slice(":", `${p - k}:`);
  const Sk = S.slice(`${p - k}:`);
  const Vhk = Vh.slice(`${p - k}:`, ":");
  return np.matmul(np.multiply(Uk, Sk), Vhk);
}
