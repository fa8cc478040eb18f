import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { symmetricEig } from "./symmetricEig.solution";
import {
  columnOrthonormalityError, entries, fmt, frobenius, matmul, rows, symmetricWithSpectrum, tensorValue, transpose,
} from "./matrixChecks";

type Sq = np.Tensor<["N", "N"]>;

/** max over entries of |A V − V diag(w)|, relative to ‖A‖_F. */
function residual(A: Sq, w: readonly number[], V: number[][]): number {
  const av = matmul(rows(A), V);
  const scale = Math.max(frobenius(rows(A)), 1e-300);
  let m = 0;
  av.forEach((row, i) => row.forEach((x, j) => { m = Math.max(m, Math.abs(x - V[i]![j]! * w[j]!)); }));
  return m / scale;
}

const ascending = (w: readonly number[]): boolean => w.every((x, i) => i === 0 || w[i - 1]! <= x);

// Tolerances: Jacobi rotations are backward stable, so a correct solver's eigenvalues and
// residuals are within a few hundred ulps of ‖A‖_F for N ≤ 8 (about 1e-14); 1e-10 leaves slack
// for other correct algorithms and still rejects anything unconverged (≥ 1e-6 after one sweep).
const TOL = 1e-10;

export default defineExercise({
  name: "symmetricEig",
  dims: { N: [1, 7] },
  args: [{ name: "A", kind: "tensor", shape: "N N", dist: { kind: "spd", minEig: 0.2, maxEig: 5 } }],
  returns: ["N", "N N"],
  cases: 10,
  seed: 1404,
  edgeCases: [
    { name: "indefinite", why: "negative eigenvalues must come first in ascending order",
      args: (g) => [tensorValue(symmetricWithSpectrum(g, [-4, -1, 0.5, 2, 6]))] },
    { name: "repeated eigenvalue", why: "any orthonormal basis of the 3-dimensional eigenspace is right: checked by properties, not by vectors",
      args: (g) => [tensorValue(symmetricWithSpectrum(g, [2, 2, 2, -1, 5]))] },
    { name: "clustered eigenvalues", why: "1 and 1 + 1e-9 must both be resolved", args: (g) => [tensorValue(symmetricWithSpectrum(g, [1, 1 + 1e-9, 3, 0.5]))] },
    { name: "already diagonal", why: "no rotation needed; a_pp = a_qq with a_pq = 0 must not divide 0 by 0",
      args: [[[3, 0, 0, 0], [0, -1, 0, 0], [0, 0, 3, 0], [0, 0, 0, 0]]] },
    { name: "equal diagonal", why: "a_pp = a_qq: the angle is π/4, tan 2θ is infinite", args: [[[1, 2], [2, 1]]] },
    { name: "1×1", why: "a single eigenvalue and V = [[±1]]", args: [[[-7]]] },
    { name: "zero matrix", why: "all eigenvalues 0, V any orthogonal matrix", args: [[[0, 0, 0], [0, 0, 0], [0, 0, 0]]] },
    { name: "large scale", why: "entries around 1e6: tolerances must be relative to ‖A‖", args: (g) => [tensorValue(symmetricWithSpectrum(g, [3e6, -2e6, 1e6, 5]))] },
    { name: "rank one", why: "v vᵀ: one nonzero eigenvalue, the rest exactly 0", args: [[[1, 2, 3], [2, 4, 6], [3, 6, 9]]] },
  ],
  reference: symmetricEig,
  propertiesOnly: true,
  properties: [
    {
      name: "ascending eigenvalues",
      check: ([w]) => (ascending(entries(w)) ? null : `the eigenvalues [${entries(w).map(fmt).join(", ")}] are not in ascending order (eigh's order)`),
    },
    {
      name: "eigenvalues",
      check: ([w], A) => {
        const ref = entries(symmetricEig(A)[0]);
        const got = [...entries(w)].sort((a, b) => a - b);
        const scale = Math.max(frobenius(rows(A)), 1e-300);
        const bad = ref.findIndex((x, i) => !(Math.abs(x - got[i]!) <= TOL * scale));
        return bad < 0 ? null : `eigenvalue ${bad} (ascending) should be ${fmt(ref[bad]!)}, got ${fmt(got[bad]!)}`;
      },
    },
    {
      name: "orthonormal eigenvectors",
      check: ([, V]) => {
        const e = columnOrthonormalityError(rows(V));
        return e <= TOL ? null : `VᵀV differs from the identity by ${fmt(e)}: the columns are not orthonormal`;
      },
    },
    {
      name: "eigen-equation",
      check: ([w, V], A) => {
        const r = residual(A, entries(w), rows(V));
        return r <= TOL ? null : `A V − V diag(w) has an entry of size ${fmt(r)}·‖A‖_F: column i of V is not an eigenvector for w[i]`;
      },
    },
  ],
  tolerance: { rtol: TOL, atol: TOL, why: "judged by the properties, relative to ‖A‖_F (see TOL above)" },
  withheld: ["linalg.eigh", "linalg.eigvalsh", "linalg.svd", "linalg.svdvals"],
  hints: [
    "A Jacobi rotation J(p, q, θ) changes only rows and columns p and q of A, and keeps its eigenvalues. Choose θ with tan 2θ = 2a_pq / (a_qq − a_pp): then the new a_pq is 0.",
    "Sweep over all pairs p < q, repeat sweeps until the off-diagonal entries are below ~1e-15·‖A‖_F, and apply every rotation to the columns of V too (V ← V J), starting from V = I.",
    "At the end the diagonal of A holds the eigenvalues: sort them ascending and reorder the columns of V with the same permutation. Column i of V is the eigenvector of w[i] (not row i).",
  ],
  nearMisses: [
    {
      id: "descending-order",
      message: "Your eigenvalues are correct but in descending order: np.linalg.eigh, and this exercise, list them ascending (reorder the columns of V too).",
      detect: ([w, V], _e, A) => {
        const x = entries(w);
        const rev = [...x].reverse();
        return x.length > 1 && !ascending(x) && ascending(rev) && residual(A, x, rows(V)) <= 1e-6;
      },
    },
    {
      id: "eigenvectors-in-rows",
      message: "Your eigenvectors are in the rows of V, not its columns: A @ V = V @ diag(w) needs eigenvector i in column i. Transpose V (or build it column by column).",
      detect: ([w, V], _e, A) => residual(A, entries(w), transpose(rows(V))) <= 1e-6 && residual(A, entries(w), rows(V)) > TOL,
    },
    {
      id: "not-converged",
      message: "Close, but not converged: the eigenvalues are off by more than round-off. One sweep is not enough, because a rotation can refill entries zeroed earlier. Repeat sweeps until the off-diagonal mass is negligible.",
      detect: ([w], _e, A) => {
        const ref = entries(symmetricEig(A)[0]);
        const got = [...entries(w)].sort((a, b) => a - b);
        const s = frobenius(rows(A));
        const err = Math.max(...ref.map((x, i) => Math.abs(x - got[i]!)));
        return err > TOL * s && err < 0.5 * s;
      },
    },
    {
      id: "eigenvectors-wrong",
      message: "Your eigenvalues are right but V is not the matrix of eigenvectors: accumulate each rotation into the columns of V (V ← V J, updating columns p and q), starting from the identity.",
      detect: ([w, V], _e, A) => {
        const ref = entries(symmetricEig(A)[0]);
        const got = [...entries(w)].sort((a, b) => a - b);
        const s = frobenius(rows(A));
        return ref.every((x, i) => Math.abs(x - got[i]!) <= TOL * s) && residual(A, entries(w), rows(V)) > TOL;
      },
    },
  ],
  builtinDiagnoses: [],
  demo: {
    title: "Eigendecomposition of a 6×6 covariance-like matrix: the heatmap shows Vᵀ A V, which should be diagonal",
    args: (g) => [tensorValue(symmetricWithSpectrum(g, [6, 3, 1.5, 0.8, 0.3, 0.1]))],
    plot: ([w, V], A) => {
      const v = rows(V);
      const d = matmul(matmul(transpose(v), rows(A)), v);
      return { kind: "heatmap", title: `Vᵀ A V (eigenvalues ${entries(w).map((x) => x.toFixed(3)).join(", ")})`, z: d };
    },
  },
});
