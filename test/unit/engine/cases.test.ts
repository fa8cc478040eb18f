import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { caseSeed, draw, generateCases, rng } from "../../../engine/cases";
import { compareValues } from "../../../engine/compare";
import { formatValue } from "../../../engine/format";
import { defineExercise } from "../../../engine/spec";
import type { TensorValue } from "../../../engine/spec";

const spec = defineExercise({
  name: "f", dims: { N: [1, 4], K: [2, 3] }, returns: "N K", cases: 5, seed: 7,
  args: [{ name: "x", kind: "tensor", shape: "N K" }, { name: "t", kind: "number", dist: { kind: "uniform", low: 1, high: 2 } }],
  edgeCases: [{ name: "big", dims: { N: 2 }, dists: { x: { kind: "normal", mean: 1e3 } } }, { name: "fixed", args: [[[1, 2]], 3] }],
  reference: (x: unknown) => x, tolerance: { rtol: 1e-9, atol: 0, why: "test" }, hints: [],
});

const tensor = (shape: number[], data: number[]): TensorValue => ({ shape, data: Float64Array.from(data) });

void describe("case generation", () => {
  void it("is deterministic and respects dimension ranges", () => {
    const a = generateCases(spec), b = generateCases(spec);
    assert.equal(a.length, 7);
    assert.deepEqual(a.map((c) => c.seed), b.map((c) => c.seed));
    for (const c of a.filter((x) => x.group === "random")) {
      const x = c.args[0] as TensorValue;
      assert.deepEqual(x.shape, [c.dims.N, c.dims.K]);
      assert.ok(c.dims.N! >= 1 && c.dims.N! <= 4 && c.dims.K! >= 2 && c.dims.K! <= 3);
      const t = c.args[1] as number;
      assert.ok(t >= 1 && t <= 2);
    }
    assert.deepEqual((a[0]!.args[0] as TensorValue).data, (b[0]!.args[0] as TensorValue).data);
  });

  void it("applies edge-case dims, distributions and explicit arguments", () => {
    const cases = generateCases(spec);
    const big = cases.find((c) => c.name === "big")!;
    assert.equal(big.dims.N, 2);
    const data = (big.args[0] as TensorValue).data;
    assert.ok(Array.from(data).every((v) => v > 900));
    const fixed = cases.find((c) => c.name === "fixed")!;
    assert.deepEqual((fixed.args[0] as TensorValue).shape, [1, 2]);
    assert.equal(fixed.args[1], 3);
  });

  void it("draws distributions with their defining property", () => {
    const r = rng(caseSeed(1, 2));
    const s = draw(r, [3, 4], { kind: "simplex" });
    for (let i = 0; i < 3; i++) assert.ok(Math.abs(s.data.slice(i * 4, i * 4 + 4).reduce((p, q) => p + q, 0) - 1) < 1e-12);
    const spd = draw(r, [3, 3], { kind: "spd", minEig: 1, maxEig: 2 });
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) assert.ok(Math.abs(spd.data[i * 3 + j]! - spd.data[j * 3 + i]!) < 1e-12);
    const oh = draw(r, [5, 3], { kind: "onehot" });
    assert.equal(Array.from(oh.data).reduce((p, q) => p + q, 0), 5);
    const ints = draw(r, [50], { kind: "int", low: 0, high: 2 });
    assert.ok(Array.from(ints.data).every((v) => Number.isInteger(v) && v >= 0 && v <= 2));
  });
});

void describe("comparison", () => {
  const tol = { rtol: 1e-6, atol: 1e-9, why: "test" };
  void it("accepts values within tolerance and reports the first index outside it", () => {
    assert.equal(compareValues(tensor([2, 2], [1, 2, 3, 4]), tensor([2, 2], [1, 2, 3, 4 + 1e-8]), tol).ok, true);
    const bad = compareValues(tensor([2, 2], [1, 2, 3, 4]), tensor([2, 2], [1, 2, 3.5, 4]), tol);
    assert.equal(bad.ok, false);
    assert.deepEqual(bad.firstIndex, [1, 0]);
    assert.equal(bad.maxAbsError, 0.5);
    assert.match(bad.message, /output\[1, 0\] is 3\.5, expected 3/);
  });
  void it("treats NaN where a number is expected as a failure, NaN where NaN is expected as a match", () => {
    assert.equal(compareValues(tensor([1], [NaN]), tensor([1], [NaN]), tol).ok, true);
    assert.match(compareValues(tensor([1], [1]), tensor([1], [NaN]), tol).message, /NaN/);
  });
  void it("names shape and kind mismatches, and compares tuples item by item", () => {
    assert.match(compareValues(tensor([2, 3], [0, 0, 0, 0, 0, 0]), tensor([3, 2], [0, 0, 0, 0, 0, 0]), tol).message, /shape \[3, 2\], expected \[2, 3\]/);
    assert.match(compareValues(tensor([1], [1]), 5, tol).message, /should be a tensor/);
    const t = compareValues([tensor([1], [1]), 2], [tensor([1], [1]), 3], tol);
    assert.match(t.message, /output\[1\] is 3/);
  });
  void it("prints tensors like NumPy, summarising long axes", () => {
    assert.equal(formatValue(tensor([2, 2], [1, 2, 3, 4])), "array([[1., 2.],\n       [3., 4.]])");
    assert.match(formatValue(tensor([20], Array.from({ length: 20 }, (_, i) => i))), /\.\.\./);
  });
});

void describe("label distribution", () => {
  void it("draws class labels 0 … K−1 for each case's own K, and every class turns up", () => {
    const seen = new Set<number>();
    const t = draw(rng(7), [4000], { kind: "label", classes: "K" }, { K: 5 });
    for (const v of t.data) {
      assert.ok(Number.isInteger(v) && v >= 0 && v < 5, `label ${v} is a class of K = 5`);
      seen.add(v);
    }
    assert.deepEqual([...seen].sort(), [0, 1, 2, 3, 4]);
  });

  void it("names the missing dimension when the spec does not declare it", () => {
    assert.throws(() => draw(rng(1), [3], { kind: "label", classes: "C" }, { K: 5 }), /dimension "C"/);
  });
});
