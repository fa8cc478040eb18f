import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { powerIteration } from "./powerIteration.solution";
import { symmetricEig } from "./symmetricEig.solution";
import { entries, fmt, frobenius, matvec, norm, rows, symmetricWithSpectrum, tensorValue, fromSpectrum } from "./matrixChecks";

type Sq = np.Tensor<["N", "N"]>;
type Result = [number, np.Tensor<["N"]>];

/** The eigenvalue of largest magnitude, from the reference Jacobi solver. */
function dominant(A: Sq): number {
  const w = entries(symmetricEig(A)[0]);
  return w.reduce((best, x) => (Math.abs(x) > Math.abs(best) ? x : best), 0);
}

function residual(A: Sq, [value, v]: Result): number {
  const x = entries(v);
  const ax = matvec(rows(A), x);
  return norm(ax.map((t, i) => t - value * x[i]!));
}

// The student stops at ‖Ax − ρx‖ ≤ tol·‖A‖_F with tol = 1e-10 (passed below). The checks allow
// 1e-7·‖A‖_F: room for a slightly different loop order, well below any unconverged answer
// (the "close eigenvalues" case is still at 1e-2 after 40 steps).
const CHECK = 1e-7;

const unitLength = (v: np.Tensor<["N"]>): number => norm(entries(v));

export default defineExercise({
  name: "powerIteration",
  dims: { N: [1, 6] },
  args: [
    { name: "A", kind: "tensor", shape: "N N", dist: { kind: "spd", minEig: 0.1, maxEig: 1 } },
    { name: "tol", kind: "const", value: 1e-10 },
    { name: "maxIters", kind: "const", value: 20000 },
  ],
  returns: ["number", "N"],
  cases: 10,
  seed: 14,
  edgeCases: [
    { name: "negative dominant eigenvalue", why: "λ₁ = −5: the iterate flips sign every step and ‖Ax‖ has the wrong sign",
      args: (g) => [tensorValue(symmetricWithSpectrum(g, [-5, 3, 1, 0.5])), 1e-10, 20000] },
    { name: "start vector matters", why: "the dominant eigenvector (1, −1, 0)/√2 is orthogonal to the all-ones vector",
      args: () => {
        const s2 = Math.SQRT2, s3 = Math.sqrt(3), s6 = Math.sqrt(6);
        const q = [[1 / s2, 1 / s3, 1 / s6], [-1 / s2, 1 / s3, 1 / s6], [0, 1 / s3, -2 / s6]];
        return [tensorValue(fromSpectrum(q, [4, 2, 1])), 1e-10, 20000];
      } },
    { name: "close eigenvalues", why: "|λ₂/λ₁| = 0.95: hundreds of iterations are needed, a fixed small count is not enough",
      args: (g) => [tensorValue(symmetricWithSpectrum(g, [1, 0.95, 0.3, -0.2, 0.1])), 1e-10, 20000] },
    { name: "large eigenvalues", why: "λ₁ = 1000: without normalisation x overflows within ~100 steps",
      args: (g) => [tensorValue(symmetricWithSpectrum(g, [1000, 500, 10, 1])), 1e-10, 20000] },
    { name: "1×1 matrix", why: "the only eigenvector is ±1", args: [[[-2.5]], 1e-10, 20000] },
    { name: "diagonal matrix", why: "already diagonal: the answer is a standard basis vector", args: [[[1, 0, 0], [0, 7, 0], [0, 0, -3]], 1e-10, 20000] },
  ],
  reference: powerIteration,
  propertiesOnly: true,
  properties: [
    {
      name: "unit vector",
      check: ([, v]) => {
        const l = unitLength(v);
        return Math.abs(l - 1) <= 1e-8 ? null : `the eigenvector has length ${fmt(l)}; normalise it to length 1`;
      },
    },
    {
      name: "eigen-equation",
      check: (out, A) => {
        const r = residual(A, out), s = frobenius(rows(A));
        return r <= CHECK * s ? null : `‖A v − value·v‖ = ${fmt(r)}, more than ${CHECK}·‖A‖_F = ${fmt(CHECK * s)}`;
      },
    },
    {
      name: "dominant eigenvalue",
      check: ([value], A) => {
        const d = dominant(A), s = frobenius(rows(A));
        return Math.abs(value - d) <= CHECK * Math.max(s, 1e-300) ? null
          : `the eigenvalue of largest magnitude is ${fmt(d)}, you returned ${fmt(value)}`;
      },
    },
  ],
  tolerance: { rtol: 1e-7, atol: 1e-7, why: "judged by the properties above; residual and eigenvalue within 1e-7·‖A‖_F, the stopping rule's 1e-10 plus slack" },
  withheld: ["linalg.eigh", "linalg.eigvalsh", "linalg.svd", "linalg.svdvals"],
  hints: [
    "Multiply a start vector by A again and again; the component along the dominant eigenvector grows fastest. Renormalise to length 1 after every multiplication, or the numbers overflow or vanish.",
    "The eigenvalue estimate is the Rayleigh quotient ρ = xᵀ(Ax) of the unit vector x: it keeps the sign, unlike ‖Ax‖. Stop when ‖Ax − ρx‖ ≤ tol·‖A‖_F.",
    "Start from np.random.randn(n), not from a fixed vector such as all ones: a start with no component along the dominant eigenvector never finds it.",
  ],
  nearMisses: [
    {
      id: "not-normalized",
      message: "Your vector does not have length 1 (or it overflowed): divide x by its norm after every multiplication by A, and return the unit vector.",
      detect: ([, v]) => { const l = unitLength(v); return !Number.isFinite(l) || Math.abs(l - 1) > 1e-6; },
    },
    {
      id: "eigenvalue-sign",
      message: "Your eigenvalue has the right size but the wrong sign: ‖Ax‖ is always positive. Use the Rayleigh quotient xᵀAx of the unit vector x, which keeps the sign of λ.",
      detect: ([value], _e, A) => { const d = dominant(A); return d < 0 && Math.abs(value + d) <= 1e-6 * Math.abs(d); },
    },
    {
      id: "wrong-eigenpair",
      message: "You found an eigenpair, but not the dominant one: your start vector had no component along the dominant eigenvector. Start from a random vector (np.random.randn).",
      detect: (out, _e, A) => {
        const s = frobenius(rows(A));
        return residual(A, out) <= 1e-6 * s && Math.abs(out[0] - dominant(A)) > 1e-6 * s;
      },
    },
    {
      id: "not-converged",
      message: "Close, but not converged: the eigen-residual is still too large. Iterate until ‖Ax − ρx‖ ≤ tol·‖A‖_F instead of a fixed number of steps — when |λ₂/λ₁| is near 1 convergence is slow.",
      detect: (out, _e, A) => {
        const s = frobenius(rows(A)), r = residual(A, out);
        return Math.abs(unitLength(out[1]) - 1) < 1e-6 && r > CHECK * s && Math.abs(out[0] - dominant(A)) < 0.1 * s;
      },
    },
  ],
  builtinDiagnoses: [],
  demo: {
    title: "Power iteration on a 5×5 matrix with eigenvalues 1, 0.9, 0.5, 0.2, −0.1: the plot shows the angle to q₁ per step",
    args: (g) => [tensorValue(symmetricWithSpectrum(g, [1, 0.9, 0.5, 0.2, -0.1])), 1e-10, 20000],
    plot: ([value, v], A) => {
      // Re-run the iteration from a fixed start to show log10 tan θ_k against the bound k·log10|λ₂/λ₁|.
      const a = rows(A);
      const q1 = entries(v);
      let x = a.map((_, i) => Math.cos(i + 1));
      const ks: number[] = [], angle: number[] = [], bound: number[] = [];
      let tan0 = 0;
      for (let k = 0; k <= 120; k += 1) {
        const l = norm(x);
        x = x.map((t) => t / l);
        const c = Math.abs(x.reduce((s, t, i) => s + t * q1[i]!, 0));
        const tan = Math.sqrt(Math.max(0, 1 - c * c)) / Math.max(c, 1e-300);
        if (k === 0) tan0 = tan;
        if (k % 4 === 0) {
          ks.push(k);
          angle.push(Math.log10(Math.max(tan, 1e-16)));
          bound.push(Math.log10(tan0) + k * Math.log10(0.9));
        }
        x = matvec(a, x);
      }
      return { kind: "line", title: `log10 tan θ_k (λ ≈ ${value.toFixed(6)})`, x: ks,
        series: [{ name: "power iteration", y: angle }, { name: "bound k·log10(0.9)", y: bound }] };
    },
  },
});
