import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { softplus } from "./softplus.solution";

type V = np.Tensor<["N"]>;
const arr = (t: V): number[] => t.toArray() as number[];
/** Bit-for-bit the output of a known mistake (NaN matching NaN): these mistakes differ from the
 * answer by less than the engine's loose diagnosis tolerance, so only an exact replay tells them apart. */
const same = (a: V, b: V): boolean => { const x = arr(a), y = arr(b); return x.length === y.length && x.every((v, i) => Object.is(v, y[i])); };
const thresholdShortcut = (x: V): V => np.where(np.greater(x, 20), x, np.log1p(np.exp(x))) as V;
const logNotLog1p = (x: V): V => np.add(np.maximum(x, 0), np.log(np.add(1, np.exp(np.negative(np.abs(x)))))) as V;
const naive = (x: V): V => np.log(np.add(1, np.exp(x))) as V;

export default defineExercise({
  name: "softplus",
  dims: { N: [1, 12] },
  args: [{ name: "x", kind: "tensor", shape: "N", dist: { kind: "normal", std: 15 } }],
  returns: "N",
  cases: 16,
  seed: 4,
  edgeCases: [
    { name: "huge positive", why: "exp(x) overflows above 709.78; softplus(x) is x there", args: [[710, 800, 1000, 1e300]] },
    { name: "just above the shortcut", why: "softplus(x) - x = log1p(e^{-x}) is still visible at x = 21..30", args: [[21, 25, 30, 36]] },
    { name: "very negative", why: "softplus(x) ≈ e^x: log(1 + e^x) rounds 1 + e^x to 1 and returns 0", args: [[-40, -100, -700, -745]] },
    { name: "around zero", why: "softplus(0) = log 2; both branches must agree there", args: [[0, -0, 1e-12, -1e-12]] },
  ],
  reference: softplus,
  // ONNX reference. onnxruntime-web implements the Softplus operator for float32 only, whose
  // round-off (1e-7) is far above this exercise's tolerance; so the same function is built from
  // double-precision primitives: max(x, 0) + log1p(exp(-|x|)), with log1p(z) evaluated as
  // z·log(w)/(w - 1), w = 1 + z (exact to a few ulps, and z itself when w rounds to 1).
  onnx: {
    build: (g, x) => {
      const z = g.op("Exp", [g.op("Neg", [g.op("Abs", [x!])])]);
      const one = g.constant(1);
      const w = g.op("Add", [one, z]);
      const wm1 = g.op("Sub", [w, one]);
      const safe = g.op("Where", [g.op("Equal", [wm1, g.constant(0)]), one, wm1]);
      const log1p = g.op("Where", [g.op("Equal", [wm1, g.constant(0)]), z, g.op("Div", [g.op("Mul", [z, g.op("Log", [w])]), safe])]);
      return g.op("Add", [g.op("Max", [x!, g.constant(0)]), log1p]);
    },
    opset: 21,
  },
  properties: [
    {
      name: "positive and above max(x, 0)",
      check: (y, x) => {
        const bad = arr(y).findIndex((v, i) => !(v >= 0 && v >= Math.max(arr(x)[i]!, 0)));
        return bad < 0 ? null : `entry ${bad} is ${arr(y)[bad]} for x = ${arr(x)[bad]}`;
      },
    },
  ],
  tolerance: { rtol: 1e-12, atol: 1e-300, why: "one exp, one log1p and one add per entry: a few u of relative error; atol only absorbs subnormal round-off" },
  withheld: ["softplus", "logaddexp"],
  hints: [
    "For large x, log(1 + e^x) = x + log(1 + e^{-x}). Combine with the definition so that the exponent is always -|x|.",
    "softplus(x) = max(x, 0) + log(1 + exp(-|x|)): np.maximum, np.abs, np.exp.",
    "For x = -40, 1 + e^{-40} is exactly 1 in float64. np.log1p(z) computes log(1 + z) without forming 1 + z.",
  ],
  nearMisses: [
    {
      id: "threshold-shortcut",
      message: "Returning x itself for large x drops log1p(e^{-x}), which is still about 2e-9 at x = 20 — far more than round-off. Use max(x, 0) + log1p(exp(-|x|)) everywhere.",
      detect: (actual, _expected, x) => same(actual, thresholdShortcut(x)),
    },
    {
      id: "log1p-needed",
      message: "For very negative x you return 0 (or lose digits): 1 + e^x was rounded before the log. Replace np.log(np.add(1, z)) with np.log1p(z).",
      detect: (actual, _expected, x) => same(actual, logNotLog1p(x)),
    },
    {
      id: "naive-overflow",
      message: "log(1 + exp(x)) overflows to Infinity for x > 709.78 (and loses tiny values for x < -37). Use max(x, 0) + log1p(exp(-|x|)).",
      detect: (actual, _expected, x) => same(actual, naive(x)),
    },
  ],
  builtinDiagnoses: [],
  demo: {
    title: "softplus across the range: ≈ e^x on the left, ≈ x on the right",
    args: [[-40, -10, -3, -1, 0, 1, 3, 10, 40, 1000]],
    plot: (y, x) => ({ kind: "line", title: "softplus(x)", x: arr(x).slice(0, 9), series: [{ name: "softplus", y: arr(y).slice(0, 9) }] }),
  },
});
