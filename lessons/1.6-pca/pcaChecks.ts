// Sign-insensitive comparisons of principal directions, shared by the PCA specs.
import * as np from "mathlab";
import { entries, rows } from "../1.4-eigendecomposition/matrixChecks";

/** Largest entrywise difference between rows of a and b, each row compared up to its sign. */
export function rowsUpToSign(a: number[][], b: number[][]): number {
  if (a.length !== b.length || (a[0]?.length ?? 0) !== (b[0]?.length ?? 0)) return Infinity;
  let worst = 0;
  a.forEach((row, i) => {
    const dot = row.reduce((s, x, j) => s + x * b[i]![j]!, 0);
    const sign = dot < 0 ? -1 : 1;
    row.forEach((x, j) => { worst = Math.max(worst, Math.abs(x - sign * b[i]![j]!)); });
  });
  return worst;
}

/** The first k right singular vectors (rows) of M and its singular values, from the lab. */
export function topDirections(M: np.Tensor<any>, k: number): { dirs: number[][]; s: number[] } {
  const [, S, Vh] = np.linalg.svd(M, { fullMatrices: false });
  return { dirs: rows(Vh).slice(0, k), s: entries(S) };
}

/** X minus its column means. */
export function centred(X: np.Tensor<any>): np.Tensor<any> {
  return np.subtract(X, np.mean(X, 0));
}
