// diagnosis: off-by-one
import * as np from "mathlab";

/** Loops i = 0..k inclusive: k + 1 rank-one terms, a rank-(k+1) matrix. */
export function lowRankApprox(A: np.Tensor<["M", "N"]>, k: number): np.Tensor<["M", "N"]> {
  const [U, S, Vh] = np.linalg.svd(A, { fullMatrices: false });
  let out = np.zerosLike(A);
  for (let i = 0; i <= k && i < S.shape[0]!; i++) {
    out = np.add(out, np.multiply(S.get(i), np.outer(U.slice(":", i), Vh.slice(i, ":"))));
  }
  return out;
}
