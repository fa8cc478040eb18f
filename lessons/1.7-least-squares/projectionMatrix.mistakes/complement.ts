// diagnosis: complement
import * as np from "mathlab";

/** Returns I − P, the projector onto the residuals (the orthogonal complement), instead of P. */
export function projectionMatrix(A: np.Tensor<["M", "N"]>): np.Tensor<["M", "M"]> {
  const m = A.shape[0]!;
  const P = np.matmul(A, np.linalg.solve(np.matmul(A.T, A), A.T));
  return np.subtract(np.eye(m), P);
}
