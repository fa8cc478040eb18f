import * as np from "mathlab";

/** One pair at a time, with Math.hypot (which also scales to avoid overflow). */
export function pairwiseDistances(x: np.Tensor<["N", "D"]>, y: np.Tensor<["M", "D"]>): np.Tensor<["N", "M"]> {
  const X = x.toArray() as number[][];
  const Y = y.toArray() as number[][];
  return np.array(X.map((a) => Y.map((b) => Math.hypot(...a.map((v, d) => v - b[d]!))))) as np.Tensor<["N", "M"]>;
}
