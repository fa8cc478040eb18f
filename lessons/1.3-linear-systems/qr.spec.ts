import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { qr } from "./qr.solution";

type QR = [np.Tensor<["M", "N"]>, np.Tensor<["N", "N"]>];
const grid = (t: np.AnyTensor): number[][] => t.toArray() as number[][];
const frob = (X: number[][]): number => Math.sqrt(X.flat().reduce((s, v) => s + v * v, 0));

/** Entries of QᵀQ - I. */
function gramError(Q: number[][]): number[][] {
  const n = Q[0]?.length ?? 0;
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) =>
    Q.reduce((s, row) => s + row[i]! * row[j]!, 0) - (i === j ? 1 : 0)));
}
const maxOffDiagonal = (E: number[][]): number => Math.max(0, ...E.flatMap((row, i) => row.filter((_, j) => j !== i).map(Math.abs)));
const maxDiagonal = (E: number[][]): number => Math.max(0, ...E.map((row, i) => Math.abs(row[i]!)));
const maxBelowDiagonal = (R: number[][]): number => Math.max(0, ...R.flatMap((row, i) => row.slice(0, i).map(Math.abs)));
const finite = (out: QR): boolean => out.every((t) => grid(t).flat().every(Number.isFinite));
function reconstructionError(p: QR, A: number[][]): number {
  const Q = grid(p[0]), R = grid(p[1]);
  let worst = 0;
  A.forEach((row, i) => row.forEach((v, j) => {
    const s = R.reduce((acc, rrow, k) => acc + Q[i]![k]! * rrow[j]!, 0);
    worst = Math.max(worst, Math.abs(s - v));
  }));
  return worst;
}
const parts = (out: unknown): QR | null => (Array.isArray(out) && out.length === 2 && out.every(np.isTensor) ? out as QR : null);

// Householder QR in float64 is backward stable: ‖QR - A‖ and ‖QᵀQ - I‖ are a small multiple of
// M·N·u ≈ 2e-15 for these sizes, whatever the conditioning of A. 1e-12 (relative to ‖A‖ for R and
// QR) leaves three orders of magnitude of room and still rejects classical Gram–Schmidt, whose
// orthogonality error on the ill-conditioned cases below is 1e-6 or worse.
const TOL = 1e-12;

export default defineExercise({
  name: "qr",
  dims: { M: [3, 7], N: [1, 3] },
  args: [{ name: "a", kind: "tensor", shape: "M N" }],
  returns: ["M N", "N N"],
  cases: 16,
  seed: 32,
  edgeCases: [
    { name: "Läuchli matrix", why: "the lesson's example (ε = 1e-8): classical Gram–Schmidt returns columns at 60°", args: [[[1, 1, 1], [1e-8, 0, 0], [0, 1e-8, 0], [0, 0, 1e-8]]] },
    { name: "nearly dependent columns", why: "κ ≈ 6e10: the second column is the first plus 1e-10 in one entry", args: [[[1, 1], [1, 1 + 1e-10], [1, 1], [2, 2]]] },
    { name: "columns of the identity", why: "x = e1 exactly: v = x - ‖x‖e1 would be 0 (0/0); the sign rule avoids it", args: [[[1, 0], [0, 1], [0, 0], [0, 0]]] },
    { name: "negative first entries", why: "columns pointing along -e1", args: [[[-2, 1], [0, -3], [0, 0]]] },
    { name: "square", why: "M = N: Q is a full orthogonal matrix", dims: { M: 3, N: 3 } },
    { name: "one column", why: "N = 1: Q is a / ‖a‖ up to sign", dims: { N: 1 } },
  ],
  reference: qr,
  propertiesOnly: true,
  properties: [
    {
      name: "returns [q, r] of shapes [M, N] and [N, N]",
      check: (out, a) => {
        const p = parts(out);
        if (!p) return "expected an array [q, r] of two tensors";
        const [M, N] = a.shape as [number, number];
        const [q, r] = p;
        return q.shape.join() === `${M},${N}` && r.shape.join() === `${N},${N}` ? null
          : `q has shape [${q.shape.join(", ")}] and r [${r.shape.join(", ")}], expected [${M}, ${N}] and [${N}, ${N}]`;
      },
    },
    {
      name: "finite",
      check: (out) => (finite(out) ? null : "q or r contains NaN or Infinity"),
    },
    {
      name: "orthonormal columns (qᵀq = I)",
      check: (out) => {
        const e = gramError(grid(out[0]));
        const worst = Math.max(maxDiagonal(e), maxOffDiagonal(e));
        return worst <= TOL ? null : `max |qᵀq - I| = ${worst.toExponential(2)} (allowed ${TOL})`;
      },
    },
    {
      name: "r upper triangular",
      check: (out, a) => {
        const below = maxBelowDiagonal(grid(out[1]));
        return below <= TOL * Math.max(1, frob(grid(a))) ? null : `r has ${below.toExponential(2)} below its diagonal`;
      },
    },
    {
      name: "q r reconstructs a",
      check: (out, a) => {
        const A = grid(a);
        const worst = reconstructionError(out, A);
        return worst <= TOL * Math.max(1, frob(A)) ? null : `max |qr - a| = ${worst.toExponential(2)}`;
      },
    },
  ],
  tolerance: { rtol: 1e-12, atol: 1e-12, why: "judged by the properties above (signs of Q's columns and R's rows are not unique, so factors are never compared entrywise)" },
  withheld: ["linalg.qr", "linalg.svd", "linalg.eigh", "linalg.cholesky", "linalg.lstsq", "linalg.inv", "linalg.solve"],
  hints: [
    "Work column by column: reflect column k (from row k down) onto the first axis with H = I - 2vvᵀ/(vᵀv), applied to the remaining columns of R; never form H as a matrix.",
    "Choose v = x + sign(x_1)‖x‖e_1 (with sign(0) = 1): adding magnitudes avoids cancellation, and v is never 0 for a non-zero x.",
    "Q's columns: apply the reflections, last to first, to the first N columns of the identity. Keep R's first N rows and set the entries below the diagonal to exactly 0.",
  ],
  nearMisses: [
    {
      id: "columns-not-unit",
      message: "The columns of q are orthogonal but not of length 1: divide each by its norm and put that norm on r's diagonal.",
      detect: (actual) => { const p = parts(actual); return p !== null && finite(p) && maxDiagonal(gramError(grid(p[0]))) > 1e-6; },
    },
    {
      id: "r-not-upper",
      message: "r is not upper triangular: r[i, j] = q_iᵀ a_j belongs above the diagonal (i ≤ j). Check the order of r's indices.",
      detect: (actual, _e, a) => { const p = parts(actual); return p !== null && finite(p) && maxBelowDiagonal(grid(p[1])) > TOL * Math.max(1, frob(grid(a))); },
    },
    {
      id: "householder-sign",
      message: "With v = x - ‖x‖e1, a column nearly along +e1 cancels (qr no longer reconstructs a) and one exactly along +e1 gives v = 0 and 0/0. Use v = x + sign(x1)‖x‖e1.",
      detect: (actual, _e, a) => { const p = parts(actual); return p !== null && (!finite(p) || reconstructionError(p, grid(a)) > TOL * Math.max(1, frob(grid(a)))); },
    },
    {
      id: "loss-of-orthogonality",
      message: "q's columns are unit vectors but not orthogonal on ill-conditioned input: classical Gram–Schmidt amplifies round-off. Use Householder reflections (or orthogonalise every column twice).",
      detect: (actual) => { const p = parts(actual); return p !== null && finite(p) && maxOffDiagonal(gramError(grid(p[0]))) > TOL; },
    },
  ],
  builtinDiagnoses: [],
  demo: {
    title: "QR of the Läuchli matrix (ε = 1e-8): check qᵀq yourself",
    args: [[[1, 1, 1], [1e-8, 0, 0], [0, 1e-8, 0], [0, 0, 1e-8]]],
  },
});
