import * as np from "mathlab";

/** Entry by entry: J[i][j] = (1 − hᵢ²) W[i][j], with hᵢ = tanh(Σₖ W[i][k] x[k] + b[i]). */
export function jacobian(W: np.Tensor<["M", "N"]>, b: np.Tensor<["M"]>, x: np.Tensor<["N"]>): np.Tensor<["M", "N"]> {
  const w = W.toArray() as number[][], bb = b.toArray() as number[], xx = x.toArray() as number[];
  const J = w.map((row, i) => {
    const hi = Math.tanh(row.reduce((s, wik, k) => s + wik * xx[k]!, bb[i]!));
    return row.map((wij) => (1 - hi * hi) * wij);
  });
  return np.array(J) as np.Tensor<["M", "N"]>;
}
