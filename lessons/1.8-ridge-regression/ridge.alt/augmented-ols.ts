import * as np from "mathlab";

/** OLS on the augmented data [X; √λ I], [y; 0], solved by QR: never forms XᵀX. */
export function ridge(X: np.Tensor<["N", "D"]>, y: np.Tensor<["N"]>, lam: number): np.Tensor<["D"]> {
  const d = X.shape[1]!;
  const Xa = np.concatenate([X, np.multiply(Math.sqrt(lam), np.eye(d))], 0); // eq:ridge-augmented
  const ya = np.concatenate([y, np.zeros([d])]);
  const [Q, R] = np.linalg.qr(Xa);
  return np.linalg.solve(R, np.matmul(Q.T, ya)) as np.Tensor<["D"]>;
}
