// Built-in diagnoses on results that are tuples ([W, b], [Q, R], [U, S, Vt]): the wrong shape and
// overflow, and the value diagnoses (transposed, sign flipped, constant factor), name the output(s) concerned.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fromFlat } from "../../../lab/internal";
import { Tensor } from "../../../lab/index";
import type { Case } from "../../../engine/cases";
import { diagnose, type Observed } from "../../../engine/diagnose";
import { defineExercise, type TensorValue } from "../../../engine/spec";
import type { LabBridge } from "../../../engine/specs";

const lab: LabBridge = {
  fromFlat: (data, shape) => fromFlat(Float64Array.from(data), [...shape], "float64"),
  isTensor: (x): x is Tensor => x instanceof Tensor,
};
const spec = defineExercise({
  name: "step",
  dims: { D: [2, 2], K: [3, 3] },
  args: [{ name: "lr", kind: "number" }],
  returns: ["D K", "K"],
  reference: () => [0, 0],
  tolerance: { rtol: 1e-9, atol: 1e-12, why: "test" },
  hints: [],
} as unknown as Parameters<typeof defineExercise>[0]);
const t = (shape: number[], fill: number): TensorValue => ({ shape, data: new Float64Array(shape.reduce((a, b) => a * b, 1)).fill(fill) });
const kase: Case = { name: "random #1", group: "random", seed: 1, dims: { D: 2, K: 3 }, args: [0.1] };

void describe("built-in diagnoses on tuple results", () => {
  void it("names the output whose shape is wrong", () => {
    const observed: Observed[] = [{ case: kase, expected: [t([2, 3], 1), t([3], 1)], actual: [t([2, 3], 1), t([1, 3], 1)] }];
    const d = diagnose(spec, lab, observed);
    assert.equal(d?.id, "shape");
    assert.match(d?.message ?? "", /Output 2 of 2 has shape \[1, 3\] but should have \[3\]/);
  });

  void it("recognises overflow in one output of a tuple", () => {
    const observed: Observed[] = [{ case: kase, expected: [t([2, 3], 1), t([3], 1)], actual: [t([2, 3], Number.NaN), t([3], 1)] }];
    assert.equal(diagnose(spec, lab, observed)?.id, "overflow");
  });
});

void describe("value diagnoses on tuple results name the outputs concerned", () => {
  const ramp = (shape: number[], scale = 1): TensorValue =>
    ({ shape, data: Float64Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => scale * (i + 1)) });
  const negate = (x: TensorValue): TensorValue => ({ shape: x.shape, data: x.data.map((v) => -v) });
  const W = ramp([2, 3]), b = ramp([3], 0.5);

  void it("a sign flipped in the second output only", () => {
    const d = diagnose(spec, lab, [{ case: kase, expected: [W, b], actual: [W, negate(b)] }]);
    assert.equal(d?.id, "sign-flipped");
    assert.match(d?.message ?? "", /^Output 2 of 2 has the opposite sign everywhere/);
  });

  void it("a sign flipped in both outputs", () => {
    const d = diagnose(spec, lab, [{ case: kase, expected: [W, b], actual: [negate(W), negate(b)] }]);
    assert.match(d?.message ?? "", /^Outputs 1 and 2 of 2 have the opposite sign everywhere/);
  });

  void it("a transposed first output", () => {
    const square = ramp([3, 3]);
    const transposed: TensorValue = { shape: [3, 3], data: Float64Array.from([1, 4, 7, 2, 5, 8, 3, 6, 9]) };
    const d = diagnose(spec, lab, [{ case: kase, expected: [square, b], actual: [transposed, b] }]);
    assert.equal(d?.id, "transposed");
    assert.match(d?.message ?? "", /^Output 1 of 2 is the transpose/);
  });

  void it("a factor that follows a dimension, in one output, over several cases", () => {
    const cases = [2, 4].map((D): Observed => {
      const c: Case = { ...kase, name: `random D=${D}`, dims: { D, K: 3 } };
      const w = ramp([D, 3]);
      return { case: c, expected: [w, b], actual: [{ shape: w.shape, data: w.data.map((v) => v * D) }, b] };
    });
    const d = diagnose(spec, lab, cases);
    assert.equal(d?.id, "constant-factor");
    assert.match(d?.message ?? "", /^Output 1 of 2 is off by a factor that follows the size of the input: you are missing a division by D/);
  });

  void it("no value diagnosis when the mistake is beyond them (an output replaced by a number)", () => {
    const d = diagnose(spec, lab, [{ case: kase, expected: [W, b], actual: [negate(W), 3] }]);
    assert.equal(d, null);
  });

  void it("a single tensor still reads 'Your output'", () => {
    const d = diagnose(spec, lab, [{ case: kase, expected: W, actual: negate(W) }]);
    assert.match(d?.message ?? "", /^Your output has the opposite sign everywhere/);
  });
});
