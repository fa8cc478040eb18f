// Built-in diagnoses on results that are tuples ([W, b], [Q, R], [U, S, Vt]): the wrong shape and
// overflow are named for the output they concern.
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
