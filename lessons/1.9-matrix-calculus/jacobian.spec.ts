import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { jacobian } from "./jacobian.solution";
import { rows } from "../1.4-eigendecomposition/matrixChecks";

type J = np.Tensor<["M", "N"]>;

const slopes = (W: J, b: np.Tensor<["M"]>, x: np.Tensor<["N"]>): np.Tensor<any> =>
  np.subtract(1, np.square(np.tanh(np.add(np.matmul(W, x), b))));

export default defineExercise({
  name: "jacobian",
  dims: { M: [1, 5], N: [1, 5] },
  args: [
    { name: "W", kind: "tensor", shape: "M N", dist: { kind: "normal", std: 0.8 } },
    { name: "b", kind: "tensor", shape: "M", dist: { kind: "normal", std: 0.5 } },
    { name: "x", kind: "tensor", shape: "N", dist: { kind: "normal" } },
  ],
  returns: "M N",
  cases: 14,
  seed: 1919,
  edgeCases: [
    { name: "square layer", why: "M = N: scaling columns instead of rows goes unnoticed by the shape", dims: { M: 4, N: 4 } },
    { name: "another square layer", why: "M = N = 3", dims: { M: 3, N: 3 } },
    { name: "saturated units", why: "|Wx + b| ≈ 10: tanh is flat, rows of J nearly vanish (vanishing gradients)",
      args: [[[1, 0], [0, 1], [1, 1]], [10, -10, 0], [0.5, -0.5]] },
    { name: "at the origin", why: "x = 0, b = 0: tanh'(0) = 1, so J = W exactly", args: [[[1, 2, 3], [4, 5, 6]], [0, 0], [0, 0, 0]] },
    { name: "one output", why: "M = 1: J is the gradient as a row", dims: { M: 1, N: 4 } },
    { name: "one input", why: "N = 1: J is a column", dims: { M: 4, N: 1 } },
  ],
  reference: jacobian,
  // Entries are |W|·tanh' ≤ a few. The analytic answer is exact to ~1e-16; central differences with
  // ε = 1e-6 are off by ≈ ε²·|f'''|/6 + 1e-16/ε ≈ 1e-10, so rtol 1e-6 / atol 1e-8 accept both.
  tolerance: { rtol: 1e-6, atol: 1e-8, why: "analytic Jacobian exact to round-off; a central-difference Jacobian is within ~1e-10" },
  hints: [
    "h = tanh(a) with a = Wx + b. By the chain rule J = (Jacobian of tanh at a) · (Jacobian of a) = diag(tanh'(a)) · W.",
    "tanh'(a) = 1 − tanh(a)² = 1 − h²: compute h once and reuse it.",
    "diag(s) · W scales ROW i of W by sᵢ. With broadcasting: np.multiply(np.expandDims(s, 1), W), s reshaped to [M, 1].",
  ],
  nearMisses: [
    { id: "missing-activation-derivative", message: "You returned W, the Jacobian of the linear part only. The chain rule multiplies it by tanh'(Wx + b) = 1 − h² for each output.",
      wrong: (W) => W.copy() as J },
    { id: "wrong-tanh-derivative", message: "The derivative of tanh is 1 − tanh², not 1 − tanh.",
      wrong: (W, b, x) => np.multiply(np.expandDims(np.subtract(1, np.tanh(np.add(np.matmul(W, x), b))), 1), W) as J },
    { id: "columns-scaled", message: "You scaled the COLUMNS of W by the slopes (broadcasting an [M] vector over the last axis). Output i's slope must scale row i: diag(1 − h²) · W, e.g. np.multiply(np.expandDims(s, 1), W).",
      // W [M, N] broadcasts against the [M] slopes only when N = M, N = 1 or M = 1; otherwise that code throws.
      detect: (actual, _e, W, b, x) => {
        const [m, n] = W.shape;
        if (n !== m && n !== 1 && m !== 1) return false;
        const guess = np.multiply(W, slopes(W, b, x));
        return actual.shape.length === guess.shape.length && actual.shape.every((d, i) => d === guess.shape[i])
          && np.allclose(actual, guess, { rtol: 1e-6, atol: 1e-8 });
      } },
  ],
  builtinDiagnoses: ["transposed", "shape"],
  demo: {
    title: "Jacobian of tanh(Wx + b) for a 4×6 layer, with one saturated unit (h₂)",
    args: [
      [[0.5, -1, 0.3, 0.8, 0, 0.2], [1, 0.4, -0.6, 0.1, 0.9, -0.3], [3, 3, 3, 3, 3, 3], [-0.2, 0.7, 0.5, -0.9, 0.4, 0.6]],
      [0, 0.1, 2, -0.1],
      [0.2, -0.4, 0.6, 0.1, -0.3, 0.5],
    ],
    plot: (Jm) => ({ kind: "heatmap", title: "J = diag(1 − h²) W: rows are outputs, columns inputs", z: rows(Jm),
      yLabels: ["h₀", "h₁", "h₂", "h₃"], xLabels: ["x₀", "x₁", "x₂", "x₃", "x₄", "x₅"] }),
  },
});
