// diagnosis: batch-mixed
import * as np from "mathlab";

/** Multiplies every a[b] by bm[0]: the batch index of the second operand is forgotten. */
export function batchedMatmul(a: np.Tensor<["B", "N", "K"]>, bm: np.Tensor<["B", "K", "M"]>): np.Tensor<["B", "N", "M"]> {
  const A = a.toArray() as number[][][];
  const B0 = (bm.toArray() as number[][][])[0]!;
  const M = bm.shape[2]!;
  const out = A.map((rows) => rows.map((row) => Array.from({ length: M }, (_, m) => row.reduce((s, v, k) => s + v * B0[k]![m]!, 0))));
  return np.array(out, "float64").reshape([a.shape[0]!, a.shape[1]!, M]) as np.Tensor<["B", "N", "M"]>;
}
