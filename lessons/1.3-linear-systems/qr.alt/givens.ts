import * as np from "mathlab";

/**
 * Givens rotations: zero the entries below the diagonal one at a time with 2×2 rotations
 * [[c, s], [-s, c]] on rows (i-1, i), accumulating Qᵀ, then transpose.
 */
export function qr(a: np.Tensor<["M", "N"]>): [np.Tensor<["M", "N"]>, np.Tensor<["N", "N"]>] {
  const [M, N] = a.shape as [number, number];
  const R = (a.toArray() as number[][]).map((row) => row.slice());
  const Qt = Array.from({ length: M }, (_, i) => Array.from({ length: M }, (_, j) => (i === j ? 1 : 0)));
  const rotate = (X: number[][], p: number, q: number, c: number, s: number): void => {
    for (let j = 0; j < X[p]!.length; j++) {
      const x = X[p]![j]!, y = X[q]![j]!;
      X[p]![j] = c * x + s * y;
      X[q]![j] = -s * x + c * y;
    }
  };
  for (let j = 0; j < N; j++) {
    for (let i = M - 1; i > j; i--) {
      const x = R[i - 1]![j]!, y = R[i]![j]!;
      if (y === 0) continue;
      const r = Math.hypot(x, y);
      rotate(R, i - 1, i, x / r, y / r);
      rotate(Qt, i - 1, i, x / r, y / r);
    }
  }
  const Q = Array.from({ length: M }, (_, i) => Array.from({ length: N }, (_, j) => Qt[j]![i]!));
  const Rn = R.slice(0, N).map((row, i) => row.map((v, j) => (j < i ? 0 : v)));
  return [np.array(Q).reshape([M, N]) as np.Tensor<["M", "N"]>, np.array(Rn).reshape([N, N]) as np.Tensor<["N", "N"]>];
}
