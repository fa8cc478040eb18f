import * as np from "mathlab";

/** Sigmoid from z = exp(-|x|) in (0, 1]: 1/(1+z) for x ≥ 0, z/(1+z) for x < 0. */
export function stableSigmoid(x: np.Tensor<["N"]>): np.Tensor<["N"]> {
  const z = np.exp(np.negative(np.abs(x))); // never overflows
  const onePlusZ = np.add(1, z); // in (1, 2]
  return np.where(np.greaterEqual(x, 0), np.divide(1, onePlusZ), np.divide(z, onePlusZ)); // eq:stable-sigmoid
}
