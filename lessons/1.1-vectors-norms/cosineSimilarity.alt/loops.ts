import * as np from "mathlab";

/** One pair at a time with plain numbers. */
export function cosineSimilarity(x: np.Tensor<["N", "D"]>, y: np.Tensor<["M", "D"]>): np.Tensor<["N", "M"]> {
  const X = x.toArray() as number[][];
  const Y = y.toArray() as number[][];
  const out = np.zeros([X.length, Y.length]);
  X.forEach((a, i) => Y.forEach((b, j) => {
    let dot = 0, na = 0, nb = 0;
    for (let d = 0; d < a.length; d++) { dot += a[d]! * b[d]!; na += a[d]! ** 2; nb += b[d]! ** 2; }
    out.set([i, j], na === 0 || nb === 0 ? 0 : dot / (Math.sqrt(na) * Math.sqrt(nb)));
  }));
  return out as np.Tensor<["N", "M"]>;
}
