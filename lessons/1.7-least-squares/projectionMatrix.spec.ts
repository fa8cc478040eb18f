import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { projectionMatrix } from "./projectionMatrix.solution";
import { fmt, matmul, matrixWithSingularValues, maxAbsDiff, rows, tensorValue, transpose } from "../1.4-eigendecomposition/matrixChecks";


export default defineExercise({
  name: "projectionMatrix",
  dims: { M: [3, 8], N: [1, 3] },
  args: [{ name: "A", kind: "tensor", shape: "M N", dist: { kind: "normal" } }],
  returns: "M M",
  cases: 12,
  seed: 17,
  edgeCases: [
    { name: "one column", why: "P = a aᵀ / (aᵀa): the normalisation matters", dims: { M: 5, N: 1 } },
    { name: "square", why: "M = N with independent columns: the column space is everything, P = I", dims: { M: 3, N: 3 } },
    { name: "orthogonal columns of different lengths", why: "columns are orthogonal but not unit: A Aᵀ is wrong, normalising each column is right",
      args: [[[2, 0], [0, 3], [0, 0], [0, 0]]] },
    { name: "nearly parallel columns", why: "condition number 1e4: forming AᵀA squares it to 1e8 and costs 8 digits",
      args: (g) => [tensorValue(matrixWithSingularValues(g, 6, 3, [1, 0.3, 1e-4]))] },
    { name: "large entries", why: "scale does not change P", dims: { M: 5, N: 2 }, dists: { A: { kind: "normal", std: 1e6 } } },
  ],
  reference: projectionMatrix,
  properties: [
    {
      name: "symmetric",
      check: (P) => { const p = rows(P); const e = maxAbsDiff(p, transpose(p)); return e <= 1e-6 ? null : `P is not symmetric: |P − Pᵀ| up to ${fmt(e)}`; },
    },
    {
      name: "idempotent",
      check: (P) => { const p = rows(P); const e = maxAbsDiff(matmul(p, p), p); return e <= 1e-6 ? null : `P·P differs from P by ${fmt(e)}: projecting twice must change nothing`; },
    },
    {
      name: "keeps the columns of A",
      check: (P, A) => {
        const a = rows(A), scale = Math.max(...a.flat().map(Math.abs), 1e-300);
        const e = maxAbsDiff(matmul(rows(P), a), a) / scale;
        return e <= 1e-6 ? null : `P A differs from A by ${fmt(e)} (relative): the columns of A are already in the column space`;
      },
    },
  ],
  // P has entries in [-1, 1]. Through AᵀA the error is about κ(A)²·1e-16 ≈ 1e-8 in the
  // "nearly parallel" case (κ = 1e4); through QR about κ·1e-16. 1e-6 accepts both routes.
  tolerance: { rtol: 1e-6, atol: 1e-6, why: "entries of P are in [-1, 1]; the normal-equations route loses κ(A)² ≈ 1e8 of 1e16 in the worst case here" },
  withheld: ["linalg.lstsq", "linalg.pinv"],
  hints: [
    "The projection p = A ŵ of y has a residual orthogonal to every column: Aᵀ(y − A ŵ) = 0, so ŵ = (AᵀA)⁻¹Aᵀy and p = A(AᵀA)⁻¹Aᵀ y.",
    "Compute Z = np.linalg.solve(AᵀA, Aᵀ) (shape [N, M]) rather than an explicit inverse, then P = A @ Z.",
    "A Aᵀ alone is the projector only when the columns of A are orthonormal. A = QR gives such a Q: P = Q Qᵀ is another correct route.",
  ],
  nearMisses: [
    { id: "missing-inverse", message: "A Aᵀ is the projector only for orthonormal columns. In general you need the (AᵀA)⁻¹ in the middle: P = A (AᵀA)⁻¹ Aᵀ.",
      wrong: (A) => np.matmul(A, A.T) },
    { id: "complement", message: "You returned I − P, which projects onto the orthogonal complement (the residual space). The projector onto the column space is P = A(AᵀA)⁻¹Aᵀ itself.",
      wrong: (A) => np.subtract(np.eye(A.shape[0]!), projectionMatrix(A)) },
    { id: "columns-not-orthogonal", message: "Summing the projectors onto each normalised column is right only when the columns are orthogonal. Use A(AᵀA)⁻¹Aᵀ, or orthonormalise the columns first (QR).",
      wrong: (A) => { const q = np.divide(A, np.sqrt(np.sum(np.square(A), 0))); return np.matmul(q, q.T); } },
  ],
  builtinDiagnoses: ["shape"],
  demo: {
    title: "Projector onto the plane spanned by (1, 0, 1, 0, 1) and (0, 1, 1, 1, 0) in R⁵",
    args: [[[1, 0], [0, 1], [1, 1], [0, 1], [1, 0]]],
    plot: (P) => ({ kind: "heatmap", title: "P = A(AᵀA)⁻¹Aᵀ (trace = rank = 2)", z: rows(P) }),
  },
});
