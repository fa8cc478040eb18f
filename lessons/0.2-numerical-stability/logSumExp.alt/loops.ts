import * as np from "mathlab";

/** One row at a time with plain numbers, same shift by the row maximum. */
export function logSumExp(x: np.Tensor<["N", "K"]>): np.Tensor<["N"]> {
  const rows = x.toArray() as number[][];
  return np.array(rows.map((row) => {
    const m = Math.max(...row);
    let s = 0;
    for (const v of row) s += Math.exp(v - m);
    return m + Math.log(s);
  }));
}
