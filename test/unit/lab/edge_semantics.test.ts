// Edge semantics, each row checked against the result NumPy documents (numpy.org reference pages
// for sum/argmax/reshape/squeeze/mod/around/linspace/arange/split/var/matmul).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../../lab/index";

const x = np.array([[1, 2], [3, 4]]);

const table: [string, () => unknown, unknown][] = [
  ["sum axis=-1 is the last axis", () => np.sum(x, -1).toArray(), [3, 7]],
  ["sum axis=-2 is the first axis of a matrix", () => np.sum(x, -2).toArray(), [4, 6]],
  ["sum keepdims keeps a size-1 axis", () => np.sum(x, { axis: 0, keepdims: true }).shape, [1, 2]],
  ["sum axis=(0,1) reduces both", () => np.sum(x, [0, 1]).item(), 10],
  ["mean keepdims over the last axis", () => np.mean(x, { axis: -1, keepdims: true }).toArray(), [[1.5], [3.5]]],
  ["sum of an empty tensor is 0", () => np.sum(np.zeros([0])).item(), 0],
  ["prod of an empty tensor is 1", () => np.prod(np.zeros([0, 3]), 0).toArray(), [1, 1, 1]],
  ["mean of an empty tensor is NaN", () => np.mean(np.zeros([0])).item(), NaN],
  ["argmax returns the first of tied maxima", () => np.argmax([1, 3, 3, 2]).item(), 1],
  ["argmin returns the first of tied minima", () => np.argmin([2, 0, 0]).item(), 1],
  ["argmax without axis works on the flattened tensor", () => np.argmax([[1, 9], [9, 2]]).item(), 1],
  ["argmax along axis 0", () => np.argmax([[1, 5], [5, 1]], 0).toArray(), [1, 0]],
  ["argmax keepdims", () => np.argmax([[1, 5], [5, 1]], { axis: 1, keepdims: true }).shape, [2, 1]],
  ["argmax picks the first NaN", () => np.argmax([1, NaN, 5, NaN]).item(), 1],
  ["max propagates NaN", () => np.max([1, NaN, 3]).item(), NaN],
  ["maximum propagates NaN", () => np.maximum([NaN, 1], [0, NaN]).toArray(), [NaN, NaN]],
  ["reshape -1 infers the remaining size", () => np.arange(6).reshape(2, -1).shape, [2, 3]],
  ["reshape -1 alone flattens", () => np.ones([2, 3, 4]).reshape(-1).shape, [24]],
  ["reshape -1 with a zero-size tensor", () => np.zeros([0, 4]).reshape(-1, 2).shape, [0, 2]],
  ["squeeze removes every size-1 axis", () => np.squeeze(np.zeros([1, 3, 1])).shape, [3]],
  ["squeeze of a named axis", () => np.squeeze(np.zeros([1, 3, 1]), -1).shape, [1, 3]],
  ["expandDims with a negative axis", () => np.expandDims(np.zeros([2, 3]), -1).shape, [2, 3, 1]],
  ["transpose of 1-d is itself", () => np.arange(3).T.toArray(), [0, 1, 2]],
  ["broadcast [3,1] + [4] gives [3,4]", () => np.add(np.zeros([3, 1]), np.zeros([4])).shape, [3, 4]],
  ["broadcast with a size-0 axis", () => np.add(np.zeros([0, 1]), np.zeros([3])).shape, [0, 3]],
  ["matmul of two vectors is a 0-d scalar", () => np.matmul([1, 2], [3, 4]).shape, []],
  ["matmul vector·matrix drops the vector axis", () => np.matmul([1, 1], [[1, 2], [3, 4]]).toArray(), [4, 6]],
  ["matmul broadcasts batch axes", () => np.matmul(np.ones([2, 1, 3, 4]), np.ones([5, 4, 2])).shape, [2, 5, 3, 2]],
  ["dot of N-d and M-d", () => np.dot(np.ones([2, 3, 4]), np.ones([5, 4, 6])).shape, [2, 3, 5, 6]],
  ["mod has the sign of the divisor", () => np.mod([-7, 7], [3, -3]).toArray(), [2, -2]],
  ["round halves to even", () => np.round([0.5, 1.5, 2.5, -0.5, -1.5]).toArray(), [0, 2, 2, -0, -2]],
  ["1/0 is inf, 0/0 is nan", () => np.divide([1, -1, 0], 0).toArray(), [Infinity, -Infinity, NaN]],
  ["log(0) = -inf, log(-1) = nan", () => np.log([0, -1]).toArray(), [-Infinity, NaN]],
  ["sqrt(-1) = nan", () => np.sqrt(-1).item(), NaN],
  ["linspace with num=1 gives start", () => np.linspace(2, 3, 1).toArray(), [2]],
  ["linspace endpoint=false", () => np.linspace(0, 1, 4, { endpoint: false }).toArray(), [0, 0.25, 0.5, 0.75]],
  ["arange excludes stop", () => np.arange(0, 1, 0.25).toArray(), [0, 0.25, 0.5, 0.75]],
  ["arange with a negative step", () => np.arange(3, 0, -1).toArray(), [3, 2, 1]],
  ["split at indices", () => np.split(np.arange(5), [1, 3]).map((t) => t.toArray()), [[0], [1, 2], [3, 4]]],
  ["var with ddof=1 (sample variance)", () => np.var([1, 2, 3, 4], { ddof: 1 }).item(), 5 / 3],
  ["var of one value with ddof=1 is NaN", () => np.var([5], { ddof: 1 }).item(), NaN],
  ["std along an axis", () => np.std([[1, 3], [1, 3]], 1).toArray(), [1, 1]],
  ["cumsum along axis 0", () => np.cumsum([[1, 2], [3, 4]], 0).toArray(), [[1, 2], [4, 6]]],
  ["concatenate along -1", () => np.concatenate([np.zeros([2, 1]), np.ones([2, 2])], -1).shape, [2, 3]],
  ["stack along a new last axis", () => np.stack([np.zeros(3), np.ones(3)], -1).shape, [3, 2]],
  ["slice with a negative start", () => np.arange(5).slice("-2:").toArray(), [3, 4]],
  ["slice with a negative step", () => np.arange(5).slice("::-2").toArray(), [4, 2, 0]],
  ["slice beyond the end is clipped", () => np.arange(3).slice("1:10").toArray(), [1, 2]],
  ["integer index drops the axis", () => np.zeros([2, 3, 4]).slice(0, "...", 1).shape, [3]],
  ["null adds an axis", () => np.zeros([3]).slice(null, ":").shape, [1, 3]],
  ["where broadcasts all three", () => np.where([[1], [0]], [1, 2], 0).toArray(), [[1, 2], [0, 0]]],
  ["clip with one open side", () => np.clip([-1, 5], null, 2).toArray(), [-1, 2]],
  ["eye with k=1", () => np.eye(3, null, 1).toArray(), [[0, 1, 0], [0, 0, 1], [0, 0, 0]]],
  ["det of a singular matrix is 0", () => np.linalg.det([[1, 2], [2, 4]]).item(), 0],
  ["norm defaults to the 2-norm/Frobenius", () => np.linalg.norm([[3, 0], [0, 4]]).item(), 5],
  ["norm ord=Infinity of a matrix is the max row sum", () => np.linalg.norm([[1, -2], [3, 4]], Infinity).item(), 7],
  ["norm along an axis", () => np.linalg.norm([[3, 4], [6, 8]], null, 1).toArray(), [5, 10]],
  ["array of 0-d tensors stacks them", () => np.array([np.sum(np.ones(3)), np.array(2)]).toArray(), [3, 2]],
  ["array of tensors and lists stacks rows", () => np.array([np.ones(2), [5, 6]]).toArray(), [[1, 1], [5, 6]]],
  ["var over an axis", () => np.var([[1, 2], [3, 5]], 0).toArray(), [1, 2.25]],
  ["float32 op python-number stays float32", () => np.multiply(np.ones(2, "float32"), 2.5).dtype, "float32"],
  ["float32 op float64 promotes to float64", () => np.add(np.ones(2, "float32"), np.ones(2)).dtype, "float64"],
];

for (const [name, run, expected] of table) {
  void test(`NumPy edge semantics: ${name}`, () => {
    const got = run();
    if (typeof expected === "number" && Number.isNaN(expected)) assert.ok(Number.isNaN(got as number), `expected NaN, got ${String(got)}`);
    else if (typeof expected === "number") assert.ok(Math.abs((got as number) - expected) < 1e-12, `expected ${expected}, got ${String(got)}`);
    else assert.deepEqual(got, expected);
  });
}
