import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { logSumExp } from "./logSumExp.solution";

type X = np.Tensor<["N", "K"]>;
type Out = np.Tensor<["N"]>;

export default defineExercise({
  name: "logSumExp",
  dims: { N: [1, 6], K: [1, 8] },
  args: [{ name: "x", kind: "tensor", shape: "N K", dist: { kind: "normal", std: 3 } }],
  returns: "N",
  cases: 16,
  seed: 2,
  edgeCases: [
    { name: "huge logits", why: "exp(1000) overflows to Infinity without the shift", dims: { N: 3, K: 4 }, dists: { x: { kind: "normal", mean: 1000, std: 3 } } },
    { name: "very negative logits", why: "exp(-1000) underflows to 0 and log(0) = -Infinity without the shift", dims: { N: 2, K: 5 }, dists: { x: { kind: "normal", mean: -1000, std: 3 } } },
    { name: "rows far apart", why: "each row needs its own maximum: a batch-wide shift underflows the low row", args: [[[1000, 999, 998], [-1000, -1001, -1002]]] },
    { name: "ties", why: "K equal entries: LSE = x + log K", args: [[[0, 0, 0, 0], [5, 5, 5, 5]]] },
    { name: "one entry per row", why: "K = 1: LSE is the entry itself", dims: { K: 1 } },
    { name: "square", why: "N = K hides an axis mix-up from the shape check", dims: { N: 4, K: 4 } },
  ],
  reference: logSumExp,
  properties: [
    {
      name: "between the row maximum and the maximum plus log K",
      check: (out, x) => {
        const rows = x.toArray() as number[][];
        const got = out.toArray() as number[];
        const bad = rows.findIndex((r, i) => { const m = Math.max(...r); return !(got[i]! >= m - 1e-9 * Math.abs(m) && got[i]! <= m + Math.log(r.length) + 1e-9 * Math.max(1, Math.abs(m))); });
        return bad < 0 ? null : `row ${bad} gives ${got[bad]}, outside [max, max + log K] (eq:lse-bounds)`;
      },
    },
  ],
  tolerance: { rtol: 1e-12, atol: 1e-12, why: "float64 throughout: K ≤ 8 exponentials of numbers ≤ 0, one sum, one log; errors are a few u" },
  withheld: ["logsumexp", "logSumExp", "special.logsumexp", "logaddexp"],
  hints: [
    "Compute the row maximum m with np.max(x, { axis: -1, keepdims: true }): shape [N, 1], ready to broadcast against [N, K].",
    "log Σ exp(x_i) = m + log Σ exp(x_i - m). After subtracting m every exponent is ≤ 0, so nothing overflows, and the largest term is exactly 1, so the sum is never 0.",
    "Sum over the last axis, take the log, add m back, and squeeze the kept axis to return shape [N].",
  ],
  nearMisses: [
    {
      id: "missing-max",
      message: "You shifted by the row maximum but did not add it back: the answer is m + log Σ exp(x_i - m).",
      wrong: (x) => np.log(np.sum(np.exp(np.subtract(x, np.max(x, { axis: -1, keepdims: true }))), { axis: -1 })) as Out,
    },
    {
      id: "global-max",
      message: "You shifted every row by the maximum of the whole batch. A row far below it underflows to exp(...) = 0 and log 0 = -Infinity: use each row's own maximum (axis: -1, keepdims: true).",
      wrong: (x) => { const m = np.max(x).item(); return np.add(m, np.log(np.sum(np.exp(np.subtract(x, m)), { axis: -1 }))) as Out; },
    },
    {
      id: "wrong-axis",
      message: "You reduced over axis 0, across examples. Each row is one example: reduce over the last axis (axis: -1).",
      wrong: (x) => logSumExp(np.transpose(x) as X),
    },
  ],
  builtinDiagnoses: ["overflow", "shape"],
  demo: {
    title: "Log-sum-exp of three rows: ordinary, huge, and tied",
    args: [[[1, 2, 3], [1000, 1000, 999], [-5, -5, -5]]],
  },
});
