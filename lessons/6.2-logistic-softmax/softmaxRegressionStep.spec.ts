import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import type { GenContext } from "../../engine/spec";
import { softmaxRegressionStep } from "./softmaxRegressionStep.solution";
import { centralDifferences, entriesOf, rowsOf, softmaxLoss, softmaxLossOf } from "./lossChecks";

type Inputs = np.Tensor<["N", "D"]>;
type Labels = np.Tensor<["N"]>;
type Weights = np.Tensor<["D", "K"]>;
type Biases = np.Tensor<["K"]>;
type Step = [Weights, Biases];

/** The step with one slip switched on: what each near-miss computes. */
interface Slip {
  readonly ascent?: boolean;
  readonly sum?: boolean;
  readonly biasInScores?: false;
  readonly updateBias?: false;
  readonly axis?: 0;
  readonly labelsAsNumbers?: boolean;
}

function stepWith(slip: Slip, X: Inputs, y: Labels, W: Weights, b: Biases, lr: number): Step {
  const N = X.shape[0], K = W.shape[1], axis = slip.axis ?? -1;
  const Z = slip.biasInScores === false ? np.matmul(X, W) : np.add(np.matmul(X, W), b);
  const e = np.exp(np.subtract(Z, np.max(Z, { axis, keepdims: true })));
  const P = np.divide(e, np.sum(e, { axis, keepdims: true }));
  const Y = slip.labelsAsNumbers ? np.reshape(y, [N, 1]) : np.equal(np.expandDims(y, 1), np.arange(K));
  const E = np.subtract(P, Y);
  const eta = (slip.ascent ? -lr : lr) / (slip.sum ? 1 : N);
  const newB = slip.updateBias === false ? b : np.subtract(b, np.multiply(eta, np.sum(E, { axis: 0 })));
  return [np.subtract(W, np.multiply(eta, np.matmul(X.T, E))) as Weights, newB as Biases];
}

const finite = (t: np.Tensor<any>): boolean => Boolean(np.all(np.isfinite(t)).item());

/** Labels drawn from all K classes (a fixed distribution cannot follow K, so these cases build them). */
const anyClass = (g: GenContext): number[] => Array.from({ length: g.dims.N! }, () => Math.floor(g.random() * g.dims.K!));

export default defineExercise({
  name: "softmaxRegressionStep",
  dims: { N: [1, 8], D: [1, 5], K: [2, 5] },
  args: [
    { name: "X", kind: "tensor", shape: "N D", dist: { kind: "normal", std: 1.5 } },
    // Class labels 0 … K−1 of each case's K.
    { name: "y", kind: "tensor", shape: "N", dist: { kind: "label", classes: "K" } },
    { name: "W", kind: "tensor", shape: "D K", dist: { kind: "normal" } },
    { name: "b", kind: "tensor", shape: "K", dist: { kind: "normal" } },
    { name: "lr", kind: "number", dist: { kind: "uniform", low: 0.05, high: 1 } },
  ],
  returns: ["D K", "K"],
  cases: 12,
  seed: 622,
  edgeCases: [
    ...Array.from({ length: 6 }, (_, i) => ({
      name: `labels from all K classes #${i + 1}`, why: "more label patterns over every class, drawn by the spec's own helper",
      args: (g: GenContext) => [g.generated(0), anyClass(g), g.generated(2), g.generated(3), g.generated(4)],
    })),
    { name: "saturated logits ±50", why: "two confident right answers barely move; the confident wrong one moves W and b by about η/N",
      args: [[[1, 0], [0, 1], [1, 0]], [0, 1, 1], [[50, -50, 0], [-50, 50, 0]], [0, 0, 0], 0.5] },
    { name: "huge logits", why: "scores near 1000: e^1000 overflows unless each row is shifted by its maximum",
      dims: { N: 4, K: 3 }, dists: { b: { kind: "normal", mean: 1000, std: 3 } } },
    { name: "very negative logits", why: "scores near −1000: every e^z underflows to 0 and 0/0 is NaN without the shift",
      dims: { N: 3, K: 4 }, dists: { b: { kind: "normal", mean: -1000, std: 3 } } },
    { name: "one example", why: "N = 1: the mean is that example's own gradient", dims: { N: 1 } },
    { name: "two classes", why: "K = 2: softmax regression with two score columns", dims: { K: 2 } },
    { name: "all the same label", why: "every example is class K − 1: the step raises that class's bias and lowers the others",
      dims: { N: 5 }, args: (g) => [g.generated(0), Array.from({ length: 5 }, () => g.dims.K! - 1), g.generated(2), g.generated(3), g.generated(4)] },
    { name: "zero learning rate", why: "η = 0: W and b come back unchanged", args: (g) => [g.generated(0), anyClass(g), g.generated(2), g.generated(3), 0] },
    { name: "square shapes", why: "N = D = K: transposes and wrong axes keep the right shapes, so only the values tell",
      dims: { N: 4, D: 4, K: 4 }, args: (g) => [g.generated(0), anyClass(g), g.generated(2), g.generated(3), g.generated(4)] },
  ],
  reference: softmaxRegressionStep,
  properties: [
    {
      // The finite-difference gradient check: the step taken, divided by −η, is the gradient of the loss.
      name: "the step is −η times the gradient of the mean cross-entropy (central differences)",
      check: ([newW, newB], X, y, W, b, lr) => {
        if (lr === 0) return null;
        const x = rowsOf(X), labels = entriesOf(y), w = rowsOf(W), bias = entriesOf(b);
        const D = w.length, K = bias.length;
        const flat = [...w.flat(), ...bias];
        const loss = (v: number[]): number =>
          softmaxLossOf(x, labels, Array.from({ length: D }, (_, d) => v.slice(d * K, d * K + K)), v.slice(D * K));
        const numeric = centralDifferences(loss, flat);
        const taken = [...rowsOf(newW).flat(), ...entriesOf(newB)].map((v, i) => (flat[i]! - v) / lr);
        // Tolerance: step 1e-5 on losses of size ≤ 100 leaves round-off ~1e-13/1e-5 = 1e-8 and truncation ~1e-10.
        const bad = taken.findIndex((g, i) => Math.abs(g - numeric[i]!) > 1e-6 + 1e-5 * Math.abs(numeric[i]!));
        if (bad < 0) return null;
        const what = bad < D * K ? `W[${Math.floor(bad / K)}, ${bad % K}]` : `b[${bad - D * K}]`;
        return `for ${what} the step implies a gradient of ${taken[bad]}, but finite differences of the loss give ${numeric[bad]}`;
      },
    },
  ],
  tolerance: { rtol: 1e-9, atol: 1e-10,
    why: "float64 with N ≤ 8, D, K ≤ 5: round-off ~1e-15 relative in the products and the softmax; computing P by a shifted softmax or by log-softmax differs by ~1e-16" },
  withheld: ["softmax", "logSoftmax", "logsumexp", "special.softmax", "special.logsumexp"],
  hints: [
    "Forward, then backward. Scores Z = XW + b (shape [N, K]), probabilities P = the softmax of each row of Z, one-hot targets Y from the labels. The lesson's gradient is ∇_W L = (1/N) Xᵀ(P − Y) and ∇_b L = (1/N) Σ_n (P − Y)_n.",
    "The one-hot Y has a 1 in row n, column y_n: np.equal(np.expandDims(y, 1), np.arange(K)) builds it by broadcasting [N, 1] against [K]. Shift each row of Z by its maximum before np.exp, and normalise over axis -1.",
    "With E = P − Y: return [W − (lr/N)·Xᵀ E, b − (lr/N)·np.sum(E, { axis: 0 })]. Gradient descent subtracts the gradient.",
  ],
  nearMisses: [
    { id: "ascent", message: "Your step goes uphill: the gradient is (1/N) Xᵀ(P − Y) (prediction minus target) and descent subtracts it. Using Y − P, or adding the gradient, climbs the loss.",
      wrong: (X, y, W, b, lr) => stepWith({ ascent: true }, X, y, W, b, lr) },
    { id: "missing-mean", message: "Your step is N times too long: the loss is the MEAN cross-entropy, so both gradients carry a factor 1/N.",
      wrong: (X, y, W, b, lr) => stepWith({ sum: true }, X, y, W, b, lr) },
    { id: "bias-not-updated", message: "W moves correctly but b comes back unchanged: the bias has its own gradient, (1/N)(P − Y)ᵀ1, the column sums of P − Y.",
      wrong: (X, y, W, b, lr) => stepWith({ updateBias: false }, X, y, W, b, lr) },
    { id: "bias-left-out-of-scores", message: "The scores are Z = XW + b: add the bias to every row before the softmax. Your probabilities come from XW alone.",
      wrong: (X, y, W, b, lr) => stepWith({ biasInScores: false }, X, y, W, b, lr) },
    { id: "softmax-wrong-axis", message: "Each column of P sums to 1 instead of each row: the softmax runs over the classes of one example (axis -1), not over the examples.",
      wrong: (X, y, W, b, lr) => stepWith({ axis: 0 }, X, y, W, b, lr) },
    { id: "labels-as-numbers", message: "You subtracted the class index y_n from every probability of row n. The target is the one-hot row: 1 in column y_n, 0 elsewhere; build Y before computing P − Y.",
      wrong: (X, y, W, b, lr) => stepWith({ labelsAsNumbers: true }, X, y, W, b, lr) },
    // The engine's own "overflow" diagnosis looks at single tensors, not at a [W, b] pair: same test here.
    { id: "overflow", message: "NaN or Infinity where the answer is finite: e^z overflows for scores near 1000 (and 0/0 appears near −1000). Subtract each row's maximum from Z before np.exp; it cancels in the softmax.",
      detect: (actual, expected) => !actual.every(finite) && expected.every(finite) },
  ],
  builtinDiagnoses: ["shape"],
  demo: {
    title: "Three classes in the plane (4, 4 and 2 examples), W = 0, b = 0, η = 0.5. The line is the mean cross-entropy over 40 steps of the lesson's update; the marker pair is the loss before and after YOUR step: its second point should sit on the line at step 1",
    args: [
      [[2, 0.5], [1.5, 1], [2.5, -0.5], [1, 0], [-1, 2], [-1.5, 1.5], [-0.5, 2.5], [0.5, 1], [-1, -2], [0, -1.5]],
      [0, 0, 0, 0, 1, 1, 1, 1, 2, 2],
      [[0, 0, 0], [0, 0, 0]],
      [0, 0, 0],
      0.5,
    ],
    plot: ([W1, b1], X, y, W, b, lr) => {
      const losses = [softmaxLoss(X, y, W, b)];
      let state: Step = [W, b];
      for (let s = 1; s <= 40; s++) {
        state = softmaxRegressionStep(X, y, state[0], state[1], lr);
        losses.push(softmaxLoss(X, y, state[0], state[1]));
      }
      return { kind: "line", title: "Mean cross-entropy L(W, b) during gradient descent", xLabel: "step", yLabel: "loss",
        x: losses.map((_, s) => s),
        series: [{ name: "40 steps of W ← W − (η/N) Xᵀ(P − Y)", y: losses },
          { name: "your step", x: [0, 1], y: [losses[0]!, softmaxLoss(X, y, W1, b1)] }] };
    },
  },
});
