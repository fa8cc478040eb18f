import * as np from "mathlab";

/** Truncated SVD: U[:, :k] · diag(S[:k]) · Vh[:k, :]. */
export function lowRankApprox(A: np.Tensor<["M", "N"]>, k: number): np.Tensor<["M", "N"]> {
  const [U, S, Vh] = np.linalg.svd(A, { fullMatrices: false });
  const Uk = U.slice(":", `:${k}`);
  const Sk = S.slice(`:${k}`);
  const Vhk = Vh.slice(`:${k}`, ":");
  return np.matmul(np.multiply(Uk, Sk), Vhk) as np.Tensor<["M", "N"]>; // eq:truncated (U·diag(S) = columns scaled)
}
