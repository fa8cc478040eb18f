import * as np from "mathlab";

/** Plain nested arrays: for each batch, each row of a against each column of bm. */
export function batchedMatmul(a: np.Tensor<["B", "N", "K"]>, bm: np.Tensor<["B", "K", "M"]>): np.Tensor<["B", "N", "M"]> {
  const A = a.toArray() as number[][][];
  const Bm = bm.toArray() as number[][][];
  const M = bm.shape[2]!;
  const out = A.map((rows, b) => rows.map((row) => Array.from({ length: M }, (_, m) => row.reduce((s, v, k) => s + v * Bm[b]![k]![m]!, 0))));
  return np.array(out, "float64").reshape([a.shape[0]!, a.shape[1]!, M]) as np.Tensor<["B", "N", "M"]>;
}
