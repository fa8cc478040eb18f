import * as np from "mathlab";

/**
 * Ridge regression: the weights minimising ‖X w − y‖² + lam·‖w‖² (no intercept, no 1/N).
 *
 * X: shape [N, D] (D may exceed N); y: shape [N]; lam > 0.
 * Returns w, shape [D].
 */
export function ridge(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, lam: number): np.Tensor<["D"]> {
  // TODO: (XᵀX + lam·I) w = Xᵀy   // eq:ridge-normal
  throw new Error(`TODO: ridge is not written yet (X: [${X.shape.join(", ")}], y: [${y.shape.join(", ")}], lam = ${lam})`);
}
