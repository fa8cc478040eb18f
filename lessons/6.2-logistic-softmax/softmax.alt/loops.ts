import * as np from "mathlab";

/** Plain loops over the rows, with the same max shift. */
export function softmax(z: np.Tensor<["N", "K"]>): np.Tensor<["N", "K"]> {
  const rows = z.toArray() as number[][];
  const out = rows.map((row) => {
    const m = Math.max(...row);
    const e = row.map((v) => Math.exp(v - m));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  });
  return np.array(out) as np.Tensor<["N", "K"]>;
}
