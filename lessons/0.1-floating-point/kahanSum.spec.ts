import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { kahanSum } from "./kahanSum.solution";

type Vec = np.Tensor<["N"]>;
const values = (x: Vec): number[] => x.toArray() as number[];
const u = 2 ** -53;

/** The exact sum, correctly rounded up to one extra rounding (|error| ≤ 2u|s|): BigInt arithmetic on 2^-1074 units. */
function exactSum(xs: readonly number[]): number {
  const buf = new Float64Array(1);
  const bits = new BigUint64Array(buf.buffer);
  let total = 0n;
  for (const v of xs) {
    buf[0] = v;
    const b = bits[0]!;
    const exponent = Number((b >> 52n) & 0x7ffn);
    const fraction = b & ((1n << 52n) - 1n);
    const scaled = (exponent === 0 ? fraction : fraction | (1n << 52n)) << BigInt(Math.max(exponent - 1, 0));
    total += b >> 63n ? -scaled : scaled;
  }
  const negative = total < 0n;
  let mag = negative ? -total : total;
  let shift = 0;
  while (mag >= 1n << 64n) { mag >>= 1n; shift++; }
  let value = Number(mag);
  let e = shift - 1074;
  while (e > 0) { const k = Math.min(e, 1000); value *= 2 ** k; e -= k; }
  while (e < 0) { const k = Math.min(-e, 1000); value /= 2 ** k; e += k; }
  return negative ? -value : value;
}

const plainLoop = (xs: readonly number[]): number => xs.reduce((s, v) => s + v, 0);

function flippedCompensation(xs: readonly number[]): number {
  let s = 0, c = 0;
  for (const v of xs) { const y = v - c; const t = s + y; c = y - (t - s); s = t; }
  return s;
}

export default defineExercise({
  name: "kahanSum",
  dims: { N: [2000, 6000] },
  args: [{ name: "x", kind: "tensor", shape: "N", dist: { kind: "uniform", low: 0, high: 1 } }],
  returns: "number",
  cases: 6,
  seed: 101,
  edgeCases: [
    { name: "0.1 ten thousand times", why: "0.1 is not a float; a plain loop drifts by about 1.6e-10 over 10,000 terms",
      args: [Array.from({ length: 10000 }, () => 0.1)] },
    { name: "one then many tiny terms", why: "each 1e-16 alone is below half an ulp of 1 and a plain loop drops all of them",
      args: [[1, ...Array.from({ length: 10000 }, () => 1e-16)]] },
    { name: "mixed signs", why: "random signs: rounding errors partly cancel, the bound still applies",
      dims: { N: 5000 }, dists: { x: { kind: "normal", std: 1 } } },
    { name: "single term", why: "N = 1: the sum is the term itself", args: [[3.25]] },
    { name: "empty", why: "the empty sum is 0", args: [[]] },
  ],
  reference: kahanSum,
  propertiesOnly: true,
  properties: [
    {
      name: "error within the compensated bound",
      check: (s, x) => {
        const xs = values(x);
        const exact = exactSum(xs);
        const scale = xs.reduce((a, v) => a + Math.abs(v), 0);
        // Kahan: |error| ≤ (2u + O(N u²))·Σ|x_i| (lesson); 3u leaves room for the O(N u²) term
        // (N ≤ 10^4, so N·u² < 10^-27) and for the ≤ 2u|s| rounding of the exact oracle itself.
        const bound = 3 * u * scale;
        const err = Math.abs(s - exact);
        return typeof s === "number" && err <= bound ? null
          : `the sum is ${s}, the exact sum is ${exact}: error ${err.toExponential(2)} exceeds 3u·Σ|x_i| = ${bound.toExponential(2)}`;
      },
    },
  ],
  tolerance: { rtol: 1e-15, atol: 0, why: "judged by the property above (error ≤ 3u·Σ|x_i|); this tolerance only matters for diagnoses" },
  hints: [
    "A plain loop s += x_i loses the low bits of x_i at every step. Keep a second variable c that remembers what was lost.",
    "Each step: y = x_i - c (add back the last loss), t = s + y, c = (t - s) - y, s = t. Write it exactly in this order.",
    "(t - s) is what really got added; subtracting y leaves minus the lost part. Do not 'simplify' it: in exact arithmetic c would always be 0.",
  ],
  nearMisses: [
    {
      id: "sorting-not-enough",
      message: "Adding terms in order of increasing magnitude helps, but a plain loop still accumulates one rounding error per term. Compensate each addition instead.",
      detect: (actual, _expected, x) => actual === plainLoop(values(x).slice().sort((a, b) => Math.abs(a) - Math.abs(b))),
    },
    {
      id: "naive-summation",
      message: "Your result is exactly what a plain loop gives: the compensation never takes effect. Subtract c from each term before adding it (y = x_i - c), and update c = (t - s) - y.",
      detect: (actual, _expected, x) => actual === plainLoop(values(x)) || actual === np.sum(x).item(),
    },
    {
      id: "compensation-sign",
      message: "Your compensation has the wrong sign: c must be (t - s) - y, minus the lost part, because the next step subtracts it (y = x_i - c).",
      detect: (actual, _expected, x) => actual === flippedCompensation(values(x)),
    },
  ],
  builtinDiagnoses: [],
  demo: {
    title: "0.1 added 10,000 times: the exact sum of these floats is 1000.0000000000000555",
    args: [Array.from({ length: 10000 }, () => 0.1)],
  },
});
