import * as np from "mathlab";

/** A = QR with orthonormal Q: the projector is Q Qᵀ (no AᵀA, so no squared condition number). */
export function projectionMatrix(A: np.Tensor<["M", "N"]>): np.Tensor<["M", "M"]> {
  const [Q] = np.linalg.qr(A);
  return np.matmul(Q, Q.T) as np.Tensor<["M", "M"]>; // eq:projector-qr
}
