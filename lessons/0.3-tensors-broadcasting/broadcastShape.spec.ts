import { defineExercise } from "../../engine/spec";
import type { EdgeCase, GenContext } from "../../engine/spec";
import { broadcastShape } from "./broadcastShape.solution";

type Shape = readonly number[];
const sameShape = (x: unknown, y: Shape | false): boolean =>
  y === false ? x === false : Array.isArray(x) && x.length === y.length && x.every((v, i) => v === y[i]);

/** Two random shapes that broadcast: each right-aligned axis equal, or one side 1; random ranks 0..4. */
function compatiblePair(g: GenContext): [number[], number[]] {
  const n = Math.floor(g.random() * 5);
  const full = Array.from({ length: n }, () => 2 + Math.floor(g.random() * 4));
  const pick = (): number[] => {
    const cut = Math.floor(g.random() * (n + 1)); // drop this many leading axes
    return full.slice(cut).map((d) => (g.random() < 0.35 ? 1 : d));
  };
  return [pick(), pick()];
}

const randomCases: EdgeCase[] = Array.from({ length: 10 }, (_, i) => ({
  name: `random compatible pair #${i + 1}`,
  args: (g: GenContext) => compatiblePair(g),
}));

// What each classic mistake returns, to recognise it from the answers.
function alignedLeft(a: Shape, b: Shape): number[] | false {
  const out: number[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 1, y = b[i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) return false;
    out.push(x === 1 ? y : x);
  }
  return out;
}

export default defineExercise({
  name: "broadcastShape",
  dims: {},
  args: [
    { name: "a", kind: "const", value: 0 },
    { name: "b", kind: "const", value: 0 },
  ],
  returns: "number",
  cases: 0,
  seed: 3,
  edgeCases: [
    { name: "bias over a batch", why: "(B, D) with (D): the shorter shape is padded on the left", args: [[64, 10], [10]] },
    { name: "column against row", why: "(N, 1) with (1, M): both size-1 axes stretch", args: [[5, 1], [1, 7]] },
    { name: "NumPy's example", why: "ranks 4 and 3, ones on both sides", args: [[8, 1, 6, 1], [7, 1, 5]] },
    { name: "per-channel scale", why: "(B, C, H, W) with (C, 1, 1)", args: [[2, 3, 4, 4], [3, 1, 1]] },
    { name: "scalar", why: "the empty shape broadcasts against anything", args: [[], [2, 3]] },
    { name: "two scalars", why: "() with (): the result is ()", args: [[], []] },
    { name: "clash", why: "3 against 4: neither is 1, so there is no broadcast (false)", args: [[3], [4]] },
    { name: "clash on an inner axis", why: "the last axes agree but the next ones clash", args: [[2, 3, 4], [5, 4]] },
    { name: "left-aligned would work", why: "(3, 4) with (3): aligning on the left would wrongly accept it", args: [[3, 4], [3]] },
    { name: "empty axis", why: "0 against 1 gives 0; a size-1 axis stretches to 0", args: [[0, 3], [1, 3]] },
    { name: "empty against 2", why: "0 against 2 is a clash like any other", args: [[0], [2]] },
    ...randomCases,
  ],
  reference: broadcastShape,
  tolerance: { rtol: 0, atol: 0, why: "shapes are integers: the answer is exact" },
  withheld: ["broadcastShapes", "broadcastTo", "broadcastArrays"],
  hints: [
    "Line the two shapes up on the right, as if writing them one above the other, right-justified. A missing axis on the left counts as size 1.",
    "On each axis the sizes must be equal, or one of them must be 1; otherwise return false.",
    "The result takes the size that is not 1 (when one of them is 1), so 1 against 0 gives 0, not 1.",
  ],
  nearMisses: [
    {
      id: "aligned-left",
      message: "You compared the shapes from the left. Broadcasting aligns them on the right: (3, 4) with (4) works, (3, 4) with (3) does not. Pad the shorter shape with 1s on the left.",
      detect: (actual, _expected, a, b) => sameShape(actual, alignedLeft(a, b)),
    },
    {
      id: "no-compatibility-check",
      message: "You returned a shape for sizes that do not broadcast (like 3 against 4). When two sizes differ and neither is 1, return false.",
      detect: (actual, expected) => expected === false && actual !== false,
    },
    {
      id: "ones-not-stretched",
      message: "You rejected shapes that do broadcast: a size-1 axis stretches to match the other side's size, so (5, 1) with (1, 7) gives (5, 7).",
      detect: (actual, expected) => actual === false && expected !== false,
    },
  ],
  builtinDiagnoses: [],
  demo: { title: "Broadcasting (8, 1, 6, 1) with (7, 1, 5)", args: [[8, 1, 6, 1], [7, 1, 5]] },
});
