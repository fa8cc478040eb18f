import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { svd } from "./svd.solution";
import {
  columnOrthonormalityError, entries, fmt, frobenius, matmul, matrixWithSingularValues, maxAbsDiff, rows, tensorValue, transpose,
} from "../1.4-eigendecomposition/matrixChecks";

type Mat = np.Tensor<["M", "N"]>;

/** Singular values from the lab's own SVD (an independent implementation), descending. */
const trueSingularValues = (A: Mat): number[] => entries(np.linalg.svd(A, { fullMatrices: false })[1]);

/** U diag(S) Vt as plain rows. */
function reconstruct(U: number[][], S: readonly number[], Vt: number[][]): number[][] {
  return matmul(U.map((row) => row.map((x, j) => x * S[j]!)), Vt);
}

// Tolerances, relative to σ₁ = ‖A‖₂ (and ‖A‖_F for reconstruction): a backward-stable SVD of an
// M×N matrix with M, N ≤ 8 is exact to about 1e-15·σ₁; 1e-11 leaves room for any stable method
// while rejecting the AᵀA route, whose error on a singular value σ is about 1e-16·σ₁²/σ while
// σ ≫ 1e-8·σ₁ (1e-9·σ₁ for σ = 1e-7), and of order 1e-8·σ₁ below that (the "ill-conditioned" case).
const TOL = 1e-11;

const descending = (s: readonly number[]): boolean => s.every((x, i) => i === 0 || s[i - 1]! >= x);

export default defineExercise({
  name: "svd",
  dims: { M: [4, 8], N: [1, 4] },
  args: [{ name: "A", kind: "tensor", shape: "M N", dist: { kind: "normal" } }],
  returns: ["M N", "N", "N N"],
  cases: 12,
  seed: 15,
  edgeCases: [
    { name: "square", why: "M = N", dims: { M: 4, N: 4 } },
    { name: "one column", why: "N = 1: σ₁ = ‖a‖, U = a/‖a‖, Vt = [[±1]]", dims: { M: 5, N: 1 } },
    { name: "1×1", why: "the SVD of a number: |a|, with the sign in U or Vt", args: [[[-3]]] },
    { name: "ill-conditioned", why: "σ from 1 down to 1e-10: forming AᵀA would lose the small ones",
      args: (g) => [tensorValue(matrixWithSingularValues(g, 6, 4, [1, 1e-3, 1e-7, 1e-10]))] },
    { name: "rank-deficient", why: "a repeated column: one singular value is 0 and its u must still be a unit vector orthogonal to the others",
      args: [[[1, 2, 1], [0, 1, 0], [3, -1, 3], [2, 2, 2], [1, 0, 1]]] },
    { name: "zero column", why: "a column of zeros gives σ = 0 exactly: no division by zero",
      args: [[[1, 0, 2], [3, 0, -1], [0, 0, 4], [2, 0, 2]]] },
    { name: "zero matrix", why: "every σ is 0; U and Vt must still be orthonormal", args: [[[0, 0], [0, 0], [0, 0]]] },
    { name: "orthonormal columns", why: "all singular values equal (1): any rotation of the vectors is right",
      args: (g) => [tensorValue(matrixWithSingularValues(g, 5, 3, [1, 1, 1]))] },
    { name: "large entries", why: "entries near 1e8: tolerances are relative to σ₁", dims: { M: 6, N: 3 }, dists: { A: { kind: "normal", std: 1e8 } } },
  ],
  reference: svd,
  propertiesOnly: true,
  properties: [
    {
      name: "singular values",
      check: ([, S], A) => {
        const s = entries(S), ref = trueSingularValues(A);
        if (s.some((x) => !(x >= 0))) return `singular values must be ≥ 0, got [${s.map(fmt).join(", ")}]`;
        if (!descending(s)) return `S = [${s.map(fmt).join(", ")}] is not in descending order`;
        const scale = Math.max(ref[0] ?? 0, 1e-300);
        const bad = ref.findIndex((x, i) => !(Math.abs(x - s[i]!) <= TOL * scale));
        return bad < 0 ? null : `σ${bad + 1} should be ${fmt(ref[bad]!)}, got ${fmt(s[bad]!)}`;
      },
    },
    {
      name: "U has orthonormal columns",
      check: ([U]) => { const e = columnOrthonormalityError(rows(U)); return e <= TOL ? null : `UᵀU differs from I by ${fmt(e)}`; },
    },
    {
      name: "Vt is orthogonal",
      check: ([, , Vt]) => { const e = columnOrthonormalityError(transpose(rows(Vt))); return e <= TOL ? null : `Vt Vtᵀ differs from I by ${fmt(e)}`; },
    },
    {
      name: "reconstruction",
      check: ([U, S, Vt], A) => {
        const a = rows(A), scale = Math.max(frobenius(a), 1e-300);
        const e = maxAbsDiff(reconstruct(rows(U), entries(S), rows(Vt)), a) / scale;
        return e <= TOL ? null : `U @ diag(S) @ Vt differs from A by ${fmt(e)}·‖A‖_F`;
      },
    },
  ],
  tolerance: { rtol: TOL, atol: TOL, why: "judged by the properties, relative to σ₁ and ‖A‖_F (see TOL above)" },
  withheld: ["linalg.svd", "linalg.svdvals", "linalg.eigh", "linalg.eigvalsh", "linalg.pinv", "linalg.lstsq", "linalg.matrixRank"],
  hints: [
    "Look for a rotation V that makes the columns of W = A V mutually orthogonal. Then the column norms are the singular values and the normalised columns are U. Start with W = A and V = I.",
    "For a pair of columns p < q compute α = ‖w_p‖², β = ‖w_q‖², γ = w_p·w_q; rotate both columns (and the same columns of V) by θ = ½·atan(2γ / (β − α)). Sweep over all pairs until every |γ| ≤ 1e-15·√(αβ).",
    "Finally sort by σ descending, permute the columns of W and V the same way, divide each column of W by its σ (a zero column needs some other unit vector orthogonal to the rest), and return Vᵀ, not V.",
  ],
  nearMisses: [
    {
      id: "returned-v-not-vt",
      message: "Your third output is V, not Vᵀ: NumPy's convention (and this exercise's) is A = U @ diag(S) @ Vt with the right singular vectors in the ROWS of Vt. Transpose it.",
      detect: ([U, S, Vt], _e, A) => {
        const a = rows(A), scale = Math.max(frobenius(a), 1e-300);
        return maxAbsDiff(reconstruct(rows(U), entries(S), transpose(rows(Vt))), a) <= 1e-8 * scale;
      },
    },
    {
      id: "unsorted",
      message: "Your singular values are right but not sorted: order them from largest to smallest, and permute the columns of U and the rows of Vt the same way.",
      detect: ([, S], _e, A) => {
        const s = entries(S), ref = trueSingularValues(A);
        const sorted = [...s].sort((x, y) => y - x);
        return !descending(s) && ref.every((x, i) => Math.abs(x - sorted[i]!) <= 1e-8 * Math.max(ref[0]!, 1e-300));
      },
    },
    {
      id: "u-not-normalized",
      message: "The columns of your U are not unit vectors: their lengths are the singular values. Divide column i of W = AV by σᵢ.",
      detect: ([U, S]) => {
        const u = transpose(rows(U)), s = entries(S);
        return u.some((col) => Math.abs(Math.hypot(...col) - 1) > 1e-6) && u.every((col, i) => s[i] === 0 || Math.abs(Math.hypot(...col) - s[i]!) <= 1e-6 * Math.max(s[0]!, 1e-300));
      },
    },
    {
      id: "squared-conditioning",
      message: "The large singular values are right but the small ones are not: going through AᵀA squares the condition number, and singular values below ~1e-8·σ₁ drown in round-off. Orthogonalise the columns of A itself (one-sided Jacobi) instead of forming AᵀA.",
      detect: ([U, S], _e, A) => {
        const s = entries(S), ref = trueSingularValues(A), u = transpose(rows(U));
        const top = ref[0]!;
        if (top === 0) return s.every((x) => x === 0);
        // the large singular values and their u's are right; only the small ones are lost
        return ref.every((x, i) => x < 1e-5 * top || (Math.abs(x - s[i]!) <= 1e-9 * top && Math.abs(Math.hypot(...u[i]!) - 1) <= 1e-6));
      },
    },
  ],
  builtinDiagnoses: [],
  demo: {
    title: "SVD of a 6×3 matrix: the plot shows the singular values",
    args: [[[3, 1, 0], [1, 3, 1], [0, 1, 3], [1, 0, 1], [2, 2, 2], [0, 1, 0]]],
    plot: ([, S]) => ({ kind: "line", title: "singular values σᵢ", x: entries(S).map((_, i) => i + 1),
      series: [{ name: "σ", y: entries(S) }] }),
  },
});
