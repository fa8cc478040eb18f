import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { contourLevels, contourSegments } from "../../../webviews/plot/contours";
import { binCount, histogram } from "../../../webviews/plot/histogram";
import { extent, niceTicks } from "../../../webviews/plot/scales";
import { mix, parseColour } from "../../../webviews/plot/theme";

void test("nice ticks are evenly spaced 1/2/5 multiples inside the range", () => {
  assert.deepEqual(niceTicks(0, 1, 5), [0, 0.2, 0.4, 0.6, 0.8, 1]);
  assert.deepEqual(niceTicks(-6, 6, 6), [-6, -4, -2, 0, 2, 4, 6]);
  fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (lo, span) => {
    const ticks = niceTicks(lo, lo + span);
    assert.ok(ticks.length >= 1 && ticks.length <= 13, `${ticks.length} ticks`);
    for (const t of ticks) assert.ok(t >= lo - span * 1e-6 && t <= lo + span * (1 + 1e-6));
    const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 0;
    for (let i = 2; i < ticks.length; i++) assert.ok(Math.abs(ticks[i]! - ticks[i - 1]! - step) <= Math.abs(step) * 1e-6 + 1e-9);
  }));
});

void test("extent ignores non-finite values and widens a single value", () => {
  assert.deepEqual(extent([3, NaN, -1, Infinity]), [-1, 3]);
  assert.deepEqual(extent([2, 2]), [1.5, 2.5]);
});

void test("histogram counts every finite value exactly once", () => {
  fc.assert(fc.property(fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 300 }), (values) => {
    const h = histogram(values);
    assert.equal(h.counts.reduce((a, b) => a + b, 0), values.length);
    assert.equal(h.edges.length, h.counts.length + 1);
  }));
  const h = histogram([0, 0.1, 0.9, 1], 2);
  assert.deepEqual(h.counts, [2, 2]);
  // A span too small to split into bins (found by the property above) still counts every value.
  assert.deepEqual(histogram([0, 5e-324]).counts.reduce((a, b) => a + b, 0), 2);
  // ...and so does a span that overflows to Infinity.
  assert.equal(histogram([-1e308, 0, 1e308]).counts.reduce((a, b) => a + b, 0), 3);
  assert.ok(binCount(Array.from({ length: 1000 }, (_, i) => Math.sin(i))) >= 5);
});

void test("contours of a plane are straight lines at the right place", () => {
  // z = column index: the level 1.5 crosses every row halfway between columns 1 and 2.
  const z = Array.from({ length: 4 }, () => [0, 1, 2, 3]);
  const segs = contourSegments(z, 1.5);
  assert.equal(segs.length, 3);
  for (const [ax, , bx] of segs) { assert.equal(ax, 1.5); assert.equal(bx, 1.5); }
  assert.deepEqual(contourLevels(z, 2), [1, 2]);
  assert.deepEqual(contourLevels([[1, 1]], 3), []);
});

void test("a saddle cell gives two segments", () => {
  assert.equal(contourSegments([[1, 0], [0, 1]], 0.5).length, 2);
});

void test("theme colours parse and mix", () => {
  assert.deepEqual(parseColour("#fff"), [255, 255, 255]);
  assert.deepEqual(parseColour("#3794ffcc"), [0x37, 0x94, 0xff]);
  assert.deepEqual(parseColour("rgba(10, 20, 30, 0.5)"), [10, 20, 30]);
  assert.deepEqual(mix([0, 0, 0], [255, 100, 50], 0.5), [128, 50, 25]);
});
