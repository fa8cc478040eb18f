import { defineExercise } from "../../engine/spec";
import { machineEpsilon } from "./machineEpsilon.solution";

type Dtype = "float64" | "float32";
const roundIn = (d: Dtype): ((v: number) => number) => (d === "float32" ? Math.fround : (v: number): number => v);

export default defineExercise({
  name: "machineEpsilon",
  dims: {},
  args: [{ name: "dtype", kind: "const", value: "float64" }],
  returns: "number",
  cases: 1,
  seed: 1,
  edgeCases: [
    { name: "float32", why: "the same experiment with every sum rounded to float32 must give 2^-23", args: ["float32"] },
  ],
  reference: machineEpsilon,
  properties: [
    {
      name: "1 + eps is above 1 and 1 + eps/2 is not",
      check: (eps, dtype) => {
        const r = roundIn(dtype);
        if (!(r(1 + eps) > 1)) return `1 + ${eps} rounds to 1 in ${dtype}: too small`;
        if (r(1 + eps / 2) > 1) return `1 + ${eps / 2} is still above 1 in ${dtype}: ${eps} is not the smallest`;
        return null;
      },
    },
  ],
  tolerance: { rtol: 0, atol: 0, why: "epsilon is an exact power of two (2^-52 or 2^-23): nothing is approximate here" },
  hints: [
    "Machine epsilon is the gap between 1 and the next float. Try h = 1, 1/2, 1/4, ... and watch when 1 + h stops being greater than 1.",
    "Keep the last h for which the test still passes: loop while 1 + h/2 > 1, halving h each time. Returning the first h that fails is off by a factor of 2.",
    "For float32, round every result to float32 before comparing: Math.fround(1 + h / 2) > 1.",
  ],
  nearMisses: [
    {
      id: "unit-roundoff",
      message: "You returned eps/2 (the unit roundoff): your loop halved once too often. Stop at the last h for which 1 + h/2 is still above 1, or return 2h.",
      detect: (actual, expected) => actual === expected / 2,
    },
    {
      id: "float32-in-float64",
      message: "For float32 you returned float64's epsilon 2^-52: JavaScript numbers are float64, so round each sum to float32 with Math.fround before comparing.",
      detect: (actual, _expected, dtype) => dtype === "float32" && actual === 2 ** -52,
    },
    {
      id: "not-power-of-two",
      message: "Your answer is not a power of two, so it is not a gap between floats: the spacing of binary floats is 2^(e-p). Shrink h by halving, not by factors of 10.",
      detect: (actual) => actual > 0 && !Number.isInteger(Math.log2(actual)),
    },
  ],
  builtinDiagnoses: [],
  demo: { title: "Machine epsilon of float64 (JavaScript numbers)", args: ["float64"] },
});
