import * as np from "mathlab";

/** The sum of k rank-one pieces σᵢ uᵢ vᵢᵀ, one np.outer at a time. */
export function lowRankApprox(A: np.Tensor<["M", "N"]>, k: number): np.Tensor<["M", "N"]> {
  const [U, S, Vh] = np.linalg.svd(A, { fullMatrices: false });
  let out = np.zerosLike(A);
  for (let i = 0; i < k; i++) {
    out = np.add(out, np.multiply(S.get(i), np.outer(U.slice(":", i), Vh.slice(i, ":"))));
  }
  return out;
}
