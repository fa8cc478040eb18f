import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { logisticGradient } from "./logisticGradient.solution";
import { entriesOf, logisticLoss } from "./lossChecks";

type Grad = np.Tensor<["D"]>;

const mean = (X: np.Tensor<["N", "D"]>, v: np.Tensor<any>): Grad => np.divide(np.matmul(X.T, v), X.shape[0]) as Grad;
const probs = (X: np.Tensor<["N", "D"]>, w: Grad): np.Tensor<["N"]> => np.sigmoid(np.matmul(X, w)) as np.Tensor<["N"]>;

export default defineExercise({
  name: "logisticGradient",
  dims: { N: [1, 8], D: [1, 5] },
  args: [
    { name: "X", kind: "tensor", shape: "N D", dist: { kind: "normal", std: 1.5 } },
    { name: "y", kind: "tensor", shape: "N", dist: { kind: "int", low: 0, high: 1 } },
    { name: "w", kind: "tensor", shape: "D", dist: { kind: "normal" } },
  ],
  returns: "D",
  cases: 16,
  seed: 621,
  edgeCases: [
    { name: "saturated scores ±50", why: "two confident right answers add ~0, two confident wrong ones add ±x_n: the gradient is (0, 25)",
      args: [[[1, 50], [1, -50], [1, 50], [1, -50]], [1, 0, 0, 1], [0, 1]] },
    { name: "huge scores ±800", why: "eᵗ/(1 + eᵗ) is Infinity/Infinity = NaN at t = 800; σ itself is just 1",
      args: [[[1, 800], [1, -800], [1, 3]], [0, 1, 1], [0, 1]] },
    { name: "one example", why: "N = 1: the mean is the single example's gradient (σ(t) − y) x", dims: { N: 1 } },
    { name: "all labels 1", why: "every error σ(t_n) − 1 is negative: the gradient pushes every score up",
      dims: { N: 5 }, args: (g) => [g.generated(0), [1, 1, 1, 1, 1], g.generated(2)] },
    { name: "all labels 0", why: "every error σ(t_n) is positive", dims: { N: 4 }, args: (g) => [g.generated(0), [0, 0, 0, 0], g.generated(2)] },
    { name: "w = 0", why: "every probability is ½, so the gradient is (1/N) Xᵀ(½ − y)", dims: { D: 3 }, args: (g) => [g.generated(0), g.generated(1), [0, 0, 0]] },
    { name: "square X", why: "N = D: X(σ − y) has the right shape too, so only the values reveal Xᵀ vs X", dims: { N: 4, D: 4 } },
  ],
  reference: logisticGradient,
  gradientCheck: {
    loss: (X, y, w) => logisticLoss(X, y, w),
    wrt: 2,
    tolerance: { rtol: 1e-6, atol: 1e-7,
      why: "central differences, step 1e-5: truncation ~h²·L‴ ≈ 1e-10, round-off ~|L|·1e-16/h ≤ 1e-8 even for the ±800 case where L ≈ 400" },
  },
  tolerance: { rtol: 1e-9, atol: 1e-12,
    why: "float64, one N×D product each way with N ≤ 8: round-off ~1e-15 relative; σ(±50) computed different ways differs by ~1e-22 absolute" },
  hints: [
    "Start from one example: the lesson's derivation gives dℓ/dt = σ(t) − y, and t = xᵀw, so that example contributes (σ(t) − y) x. Average these over the N examples.",
    "Stack the examples: p = σ(Xw) has shape [N]; then Σ_n (p_n − y_n) x_n is Xᵀ(p − y), shape [D]. Don't forget the 1/N of the mean loss.",
    "np.divide(np.matmul(X.T, np.subtract(np.sigmoid(np.matmul(X, w)), y)), N) with N = X.shape[0]. The error is p − y (prediction minus target), not y − p.",
  ],
  nearMisses: [
    { id: "y-minus-p", message: "The gradient points the wrong way: its error term is prediction minus target, σ(Xw) − y, not y − σ(Xw). With y − p, a step of gradient descent would climb the loss.",
      wrong: (X, y, w) => mean(X, np.subtract(y, probs(X, w))) },
    { id: "missing-mean", message: "Your gradient is N times too large: L is the MEAN over the examples, so divide Xᵀ(σ(Xw) − y) by N.",
      wrong: (X, y, w) => np.matmul(X.T, np.subtract(probs(X, w), y)) as Grad },
    { id: "no-sigmoid", message: "This is the least-squares gradient (1/N) Xᵀ(Xw − y): the prediction is the probability σ(Xw), not the score Xw.",
      wrong: (X, y, w) => mean(X, np.subtract(np.matmul(X, w), y)) },
    { id: "extra-sigmoid-slope", message: "The factor σ(t)(1 − σ(t)) does not belong here: it is the gradient of the squared error. For the cross-entropy it cancels against the 1/σ and 1/(1 − σ) of the logarithms, leaving σ(t) − y.",
      wrong: (X, y, w) => { const p = probs(X, w); return mean(X, np.multiply(np.subtract(p, y), np.multiply(p, np.subtract(1, p)))); } },
    { id: "x-not-transposed", message: "Use Xᵀ, not X: each example's error multiplies that example's row, Σ_n (p_n − y_n) x_n = Xᵀ(p − y).",
      // Only a square X lets X(p − y) run at all; otherwise the mistake throws in the student's code, and a [D + 1] answer never matches.
      wrong: (X, y, w) => X.shape[0] === X.shape[1] ? mean(X.T as np.Tensor<["N", "D"]>, np.subtract(probs(X, w), y)) : np.zeros([X.shape[1] + 1]) as Grad },
  ],
  builtinDiagnoses: ["shape", "overflow", "sign-flipped", "constant-factor"],
  demo: {
    title: "The logistic loss along the direction of your gradient g: its slope at s = 0 should be ‖g‖ (the tangent line)",
    args: [[[1, 0.5, 1.2], [1, -1, 0.3], [1, 2, -0.7], [1, -0.4, -1.5], [1, 1.1, 0.9]], [1, 0, 1, 0, 1], [0.2, -0.5, 0.3]],
    plot: (g, X, y, w) => {
      const gv = entriesOf(g), wv = entriesOf(w), len = Math.hypot(...gv) || 1;
      const at = (s: number): number => logisticLoss(X, y, np.array(wv.map((wi, i) => wi + (s * gv[i]!) / len)));
      const s = Array.from({ length: 21 }, (_, i) => (i - 10) / 5);
      return { kind: "line", title: "L(w + s·g/‖g‖) and the tangent line L(w) + s‖g‖", xLabel: "s", x: s,
        series: [{ name: "L(w + s g/‖g‖)", y: s.map(at) }, { name: "L(w) + s‖g‖", y: s.map((v) => at(0) + v * len) }] };
    },
  },
});
