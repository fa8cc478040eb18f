import { defineExercise } from "../../engine/spec";
import type { EdgeCase, GenContext } from "../../engine/spec";
import { mlpFlops } from "./mlpFlops.solution";

type Sizes = readonly number[];
const dense = (s: Sizes, B: number, factor: number): number => s.slice(1).reduce((t, d, i) => t + factor * B * s[i]! * d, 0);
const relus = (s: Sizes, B: number, includeOutput: boolean): number =>
  (includeOutput ? s.slice(1) : s.slice(1, -1)).reduce((t, d) => t + B * d, 0);

function randomNet(g: GenContext): [number[], number] {
  const layers = 1 + Math.floor(g.random() * 4);
  const sizes = Array.from({ length: layers + 1 }, () => 1 + Math.floor(g.random() * 1024));
  return [sizes, 2 + Math.floor(g.random() * 256)];
}

const randomCases: EdgeCase[] = Array.from({ length: 10 }, (_, i) => ({ name: `random MLP #${i + 1}`, args: (g: GenContext) => randomNet(g) }));

export default defineExercise({
  name: "mlpFlops",
  dims: {},
  args: [
    { name: "sizes", kind: "const", value: 0 },
    { name: "batch", kind: "int", low: 1, high: 256 },
  ],
  returns: "number",
  cases: 0,
  seed: 4,
  edgeCases: [
    { name: "the lesson's MLP", why: "784 → 512 → 512 → 10 with B = 64: about 85.7 million FLOPs", args: [[784, 512, 512, 10], 64] },
    { name: "logistic regression", why: "a single layer: no ReLU at all", args: [[20, 1], 32] },
    { name: "deep and narrow", why: "many hidden layers: the ReLU term matters", args: [[4, 4, 4, 4, 4, 4, 2], 10] },
    { name: "one example", why: "B = 1", args: [[10, 30, 5], 1] },
    ...randomCases,
  ],
  reference: mlpFlops,
  tolerance: { rtol: 0, atol: 0, why: "FLOP counts are integers below 2^53: exact" },
  hints: [
    "A dense layer XW + b with X of shape [B, K] and W of shape [K, M] costs exactly 2·B·K·M FLOPs: K multiplications and K - 1 additions per output, plus the bias add.",
    "Loop over consecutive pairs of widths (sizes[l-1], sizes[l]) for l = 1 .. L.",
    "Add B·sizes[l] for the ReLU after every layer except the last one.",
  ],
  nearMisses: [
    {
      id: "counted-macs",
      message: "Your dense layers cost B·K·M, half of the right count: a multiply-add is 2 FLOPs (one multiplication, one addition).",
      detect: (actual, _e, s, B) => actual === dense(s, B, 1) + relus(s, B, false),
    },
    {
      id: "relu-on-output",
      message: "You counted a ReLU after the output layer. The last layer produces logits for the loss: no activation there.",
      detect: (actual, _e, s, B) => actual === dense(s, B, 2) + relus(s, B, true),
    },
    {
      id: "batch-ignored",
      message: "That is the count for one example: every example in the batch goes through every layer, so multiply by B.",
      detect: (actual, _e, s) => actual === dense(s, 1, 2) + relus(s, 1, false),
    },
  ],
  builtinDiagnoses: [],
  demo: { title: "FLOPs of 784 → 512 → 512 → 10 on a batch of 64", args: [[784, 512, 512, 10], 64] },
});
