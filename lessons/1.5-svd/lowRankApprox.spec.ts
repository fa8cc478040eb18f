import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { lowRankApprox } from "./lowRankApprox.solution";
import { entries, fmt, frobenius, matrixWithSingularValues, rows, tensorValue } from "../1.4-eigendecomposition/matrixChecks";
import { testImage } from "./testImage";

type Mat = np.Tensor<["M", "N"]>;

/** Σ_{i>k} σᵢ², the smallest possible squared Frobenius error of a rank-k approximation. */
function tailEnergy(A: Mat, k: number): number {
  return entries(np.linalg.svd(A, { fullMatrices: false })[1]).slice(k).reduce((s, x) => s + x * x, 0);
}

/** The same truncation done with a wrong selection of terms, for the near-miss detectors. */
function truncate(A: Mat, pick: (p: number) => number[], useSigma = true): Mat {
  const [U, S, Vh] = np.linalg.svd(A, { fullMatrices: false });
  const u = rows(U), s = entries(S), vh = rows(Vh);
  const idx = pick(s.length);
  const out = u.map((row) => vh[0]!.map((_, j) => idx.reduce((t, i) => t + row[i]! * (useSigma ? s[i]! : 1) * vh[i]![j]!, 0)));
  return np.array(out) as Mat;
}

const range = (a: number, b: number): number[] => Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);

export default defineExercise({
  name: "lowRankApprox",
  dims: { M: [3, 8], N: [3, 8] },
  args: [
    { name: "A", kind: "tensor", shape: "M N", dist: { kind: "normal" } },
    { name: "k", kind: "int", low: 1, high: 2 },
  ],
  returns: "M N",
  cases: 12,
  seed: 1505,
  edgeCases: [
    { name: "full rank kept", why: "k = min(M, N) reproduces A exactly", args: (g) => [g.generated(0), Math.min(g.dims.M!, g.dims.N!)] },
    { name: "exactly rank 2", why: "A has rank 2: A_2 = A, and A_1 keeps the larger piece",
      args: (g) => [tensorValue(matrixWithSingularValues(g, 5, 4, [3, 1])), 1] },
    { name: "wide matrix", why: "M < N: U is M×M and Vh is M×N", dims: { M: 3, N: 7 }, args: (g) => [g.generated(0), 2] },
    { name: "tall matrix", why: "M > N", dims: { M: 8, N: 3 }, args: (g) => [g.generated(0), 2] },
    { name: "decaying spectrum", why: "σ = 10, 1, 0.1, 0.01: the rank-1 approximation already has 99% of the energy",
      args: (g) => [tensorValue(matrixWithSingularValues(g, 6, 4, [10, 1, 0.1, 0.01])), 1] },
  ],
  reference: lowRankApprox,
  properties: [
    {
      name: "Eckart–Young error",
      check: (Ak, A, k) => {
        const a = rows(A), ak = rows(Ak);
        const err = a.reduce((s, row, i) => s + row.reduce((t, x, j) => t + (x - ak[i]![j]!) ** 2, 0), 0);
        const best = tailEnergy(A, k), scale = frobenius(a) ** 2;
        return Math.abs(err - best) <= 1e-9 * scale ? null
          : `‖A − A_k‖²_F = ${fmt(err)}, but the best rank-${k} error is Σ_{i>k} σᵢ² = ${fmt(best)}`;
      },
    },
  ],
  // Entries of A are O(1); the lab's SVD is accurate to ~1e-15 relative, and A_k is unique when
  // σ_k > σ_{k+1} (true for every case here), so 1e-9 is generous yet catches any wrong term.
  tolerance: { rtol: 1e-9, atol: 1e-9, why: "A_k is unique for these inputs (σ_k > σ_{k+1}); the SVD is accurate to ~1e-15" },
  hints: [
    "Eckart–Young: the best rank-k approximation keeps the first k terms of A = Σ σᵢ uᵢ vᵢᵀ, those with the LARGEST singular values (np.linalg.svd lists them first).",
    "With [U, S, Vh] = np.linalg.svd(A, { fullMatrices: false }): take U[:, :k], S[:k] and Vh[:k, :] — the rows of Vh are the vᵢ.",
    "U[:, :k] * S[:k] scales column i by σᵢ (broadcasting), then matmul with Vh[:k, :]. Don't forget the σ's.",
  ],
  nearMisses: [
    { id: "smallest-singular-values", message: "You kept the k SMALLEST singular values: np.linalg.svd returns them in descending order, so the largest come first. Take the first k, not the last k.",
      wrong: (A, k) => truncate(A, (p) => range(p - k, p)) },
    { id: "missing-sigma", message: "You multiplied U_k by Vh_k without the singular values in between: A_k = U_k diag(S_k) Vh_k.",
      wrong: (A, k) => truncate(A, () => range(0, k), false) },
    { id: "off-by-one", message: "Your result has rank k + 1: you kept one term too many (loop i < k, or slice :k).",
      wrong: (A, k) => truncate(A, (p) => range(0, Math.min(k + 1, p))) },
    { id: "vh-as-v", message: "np.linalg.svd returns Vh = Vᵀ, with the right singular vectors in its ROWS. You took its columns as if it were V. Use Vh[:k, :] directly, without transposing.",
      detect: (actual, expected, A, k) => {
        const [U, S, Vh] = np.linalg.svd(A);
        const guess = np.matmul(np.multiply(U.slice(":", `:${k}`), S.slice(`:${k}`)), Vh.slice(":", `:${k}`).T);
        return np.allclose(guess, actual, { rtol: 1e-8, atol: 1e-8 }) && !np.allclose(expected, actual, { rtol: 1e-8, atol: 1e-8 });
      } },
  ],
  builtinDiagnoses: ["shape"],
  demo: {
    title: "Rank-4 approximation of a 48×64 image generated in code (blobs, a bar, a gradient and noise)",
    args: (g) => [testImage(48, 64, () => g.random()), 4],
    plot: (Ak) => ({ kind: "heatmap", title: "A_k for k = 4 (compare with k = 1, 2, 8 by editing the demo)", z: rows(Ak) }),
  },
});
