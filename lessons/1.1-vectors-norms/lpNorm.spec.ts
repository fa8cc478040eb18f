import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { lpNorm } from "./lpNorm.solution";

type V = np.Tensor<["N"]>;
const abs = (x: V): number[] => (x.toArray() as number[]).map(Math.abs);

export default defineExercise({
  name: "lpNorm",
  dims: { N: [1, 10] },
  args: [
    { name: "x", kind: "tensor", shape: "N", dist: { kind: "normal", std: 2 } },
    { name: "p", kind: "number", dist: { kind: "uniform", low: 1, high: 4 } },
  ],
  returns: "number",
  cases: 16,
  seed: 11,
  edgeCases: [
    { name: "Euclidean", why: "p = 2", args: [[3, -4], 2] },
    { name: "L1 with negatives", why: "p = 1: the sum of absolute values", args: [[1, -2, 3, -4], 1] },
    { name: "odd p with negatives", why: "p = 3: raising a negative entry without abs subtracts it", args: [[2, -3, 1, -1], 3] },
    { name: "max norm", why: "p = Infinity: the largest absolute entry", args: [[0.5, -7, 3], Infinity] },
    { name: "huge entries", why: "(1e200)^2 overflows: scale by the largest entry first", args: [[1e200, -1e200, 5e199], 2] },
    { name: "tiny entries", why: "(1e-200)^2 underflows to 0: scale by the largest entry first", args: [[1e-200, 3e-200, -2e-200], 2] },
    { name: "zero vector", why: "the norm of 0 is 0 (and 0/0 must not appear)", args: [[0, 0, 0], 3] },
    { name: "one entry", why: "N = 1: the norm is |x_0|", args: [[-2.5], 1.5] },
  ],
  reference: lpNorm,
  properties: [
    {
      name: "between max|x_i| and N^(1/p)·max|x_i|",
      check: (r, x, p) => {
        const m = Math.max(...abs(x));
        const hi = p === Infinity ? m : m * x.size ** (1 / p);
        return r >= m * (1 - 1e-12) && r <= hi * (1 + 1e-12) ? null : `${r} is outside [${m}, ${hi}] (eq:linf)`;
      },
    },
  ],
  tolerance: { rtol: 1e-12, atol: 0, why: "N ≤ 10 terms in [0, 1], one power and one root: a few u; atol 0 so an underflow to 0 fails" },
  withheld: ["linalg.norm", "norm"],
  hints: [
    "Write the definition first: (Σ |x_i|^p)^(1/p). Then try it on x = [1e200, 1e200] with p = 2.",
    "Homogeneity: ||x|| = m·||x/m|| for any m > 0. With m = max |x_i| every ratio is in [0, 1].",
    "Handle the special cases first: a zero vector has norm 0 (avoid 0/0), and p = Infinity is max |x_i|.",
  ],
  nearMisses: [
    {
      id: "overflow-scaling",
      message: "For entries like 1e200 (or 1e-200) the powers overflow to Infinity (or underflow to 0). Divide by m = max |x_i| before raising to the power p, and multiply the result by m.",
      detect: (actual, expected, x, p) => {
        const naive = p === Infinity ? Math.max(...abs(x)) : abs(x).reduce((s, v) => s + v ** p, 0) ** (1 / p);
        return Object.is(actual, naive) && !Object.is(naive, expected) && (!Number.isFinite(naive) || naive === 0);
      },
    },
    {
      id: "missing-abs",
      message: "You raised x_i to the power p without taking |x_i|: for odd p negative entries subtract, for fractional p they give NaN. Use Math.abs.",
      wrong: (x, p) => {
        const xs = x.toArray() as number[];
        const m = Math.max(...xs.map(Math.abs));
        return m === 0 || p === Infinity ? m : m * xs.reduce((s, v) => s + (v / m) ** p, 0) ** (1 / p);
      },
    },
    {
      id: "missing-root",
      message: "You returned Σ |x_i|^p: take the p-th root at the end, ^(1/p).",
      wrong: (x, p) => (p === Infinity ? Math.max(...abs(x)) : abs(x).reduce((s, v) => s + v ** p, 0)),
    },
  ],
  builtinDiagnoses: [],
  demo: { title: "The norms of (3, -4) for p = 2", args: [[3, -4], 2] },
});
