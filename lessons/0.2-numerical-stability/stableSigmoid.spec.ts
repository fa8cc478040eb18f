import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { stableSigmoid } from "./stableSigmoid.solution";

type V = np.Tensor<["N"]>;
const arr = (t: V): number[] => t.toArray() as number[];

export default defineExercise({
  name: "stableSigmoid",
  dims: { N: [1, 12] },
  args: [{ name: "x", kind: "tensor", shape: "N", dist: { kind: "normal", std: 10 } }],
  returns: "N",
  cases: 16,
  seed: 3,
  edgeCases: [
    { name: "huge positive", why: "exp(x) overflows for x > 709.78; the answer is 1", args: [[710, 800, 1000, 1e308]] },
    { name: "huge negative", why: "exp(-x) overflows for x < -709.78, yet σ(x) ≈ e^x is still a representable (subnormal) number down to -745", args: [[-710, -720, -740, -1000]] },
    { name: "moderately negative", why: "σ(x) is tiny but far from underflow: 1 - σ(-x) cancels every digit", args: [[-40, -100, -300, -20]] },
    { name: "zero and tiny", why: "σ(0) = 1/2 exactly; both branches must meet there", args: [[0, -0, 1e-300, -1e-300]] },
  ],
  reference: stableSigmoid,
  properties: [
    {
      name: "values in [0, 1]",
      check: (p) => { const bad = arr(p).findIndex((v) => !(v >= 0 && v <= 1)); return bad < 0 ? null : `entry ${bad} is ${arr(p)[bad]}`; },
    },
  ],
  tolerance: { rtol: 1e-13, atol: 0, why: "one exponential, one addition, one division per entry: a few u of relative error; atol 0 so a tiny true value returned as 0 fails" },
  withheld: ["sigmoid", "special.expit"],
  hints: [
    "Try the two textbook forms, 1/(1+exp(-x)) and exp(x)/(1+exp(x)), on x = 1000 and x = -1000. Which overflows where?",
    "Only one exponential is ever safe for both signs: z = exp(-|x|), which lies in (0, 1].",
    "For x ≥ 0 the answer is 1/(1+z); for x < 0 it is z/(1+z). np.where(np.greaterEqual(x, 0), a, b) picks between them.",
  ],
  nearMisses: [
    {
      id: "overflow-positive",
      message: "NaN for large positive x: exp(x) overflows to Infinity and Infinity/Infinity is NaN. For x ≥ 0 use 1/(1 + exp(-x)), whose exponential is at most 1.",
      detect: (actual, _expected, x) => arr(actual).some((v, i) => Number.isNaN(v) && arr(x)[i]! > 709),
    },
    {
      id: "lost-tail",
      message: "0 for very negative x, where the true value e^x is tiny but representable: exp(-x) overflowed to Infinity first. For x < 0 use exp(x)/(1 + exp(x)), whose exponential is at most 1.",
      detect: (actual, expected) => arr(actual).some((v, i) => v === 0 && arr(expected)[i]! > 0),
    },
    {
      id: "cancellation",
      message: "For negative x you computed 1 - σ(-x): σ(-x) is close to 1, the subtraction cancels its leading digits, and for x < -38 the result is 0. Use z/(1+z) with z = exp(x) instead: no subtraction.",
      wrong: (x) => { const p = np.divide(1, np.add(1, np.exp(np.negative(np.abs(x))))); return np.where(np.greaterEqual(x, 0), p, np.subtract(1, p)) as V; },
    },
  ],
  builtinDiagnoses: [],
  demo: {
    title: "σ at ordinary and extreme inputs",
    args: [[-1000, -720, -40, -2, 0, 2, 40, 720, 1000]],
    plot: (p, x) => ({ kind: "line", title: "σ(x)", x: arr(x), series: [{ name: "σ", y: arr(p) }] }),
  },
});
