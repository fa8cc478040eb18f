// Bad input produces a specific, readable LabError — and nothing hangs.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../../lab/index";
import { DTypeError, IndexError, LabError, LinAlgError, ShapeError, ValueError } from "../../../lab/internal";

type Ctor = new (...args: any[]) => LabError;
const cases: [string, () => unknown, Ctor, RegExp][] = [
  ["ragged nested array", () => np.array([[1, 2, 3], [4, 5]]), ShapeError, /np\.array: ragged nested array: row \[1\] has length 2 but the first row at that depth has length 3/],
  ["ragged depth", () => np.array([[1, 2], 3] as any), ShapeError, /ragged nested array: element \[1\] is a number/],
  ["string element", () => np.array([1, "a"] as any), DTypeError, /element \[1\] is a string \("a"\); tensors hold numbers only/],
  ["unknown dtype", () => np.zeros([2], "int32" as any), DTypeError, /unknown dtype "int32"; mathlab tensors are "float64" \(the default\) or "float32"/],
  ["astype to an unknown dtype", () => np.ones(2).astype("float16" as any), DTypeError, /unknown dtype "float16"/],
  ["non-integer dimension", () => np.zeros([2, 2.5]), ValueError, /np\.zeros: dimension 1 of shape \[2, 2\.5\] is 2\.5; dimensions must be whole numbers/],
  ["negative dimension", () => np.ones([3, -1]), ValueError, /dimension 1 of shape \[3, -1\] is negative/],
  ["axis out of range", () => np.sum(np.zeros([2, 3]), 2), ShapeError, /np\.sum: axis 2 is out of range: valid axes for 2 dimensions are -2\.\.1/],
  ["negative axis out of range", () => np.mean(np.zeros([2, 3]), { axis: -3 }), ShapeError, /np\.mean: axis -3 is out of range/],
  ["repeated axis", () => np.sum(np.zeros([2, 3]), [1, -1]), ShapeError, /axis 1 appears twice/],
  ["mismatched broadcast", () => np.multiply(np.zeros([2, 3]), np.zeros([3, 2])), ShapeError, /np\.multiply: cannot broadcast shapes \[2, 3\] and \[3, 2\]: axis -1 has 3 vs 2; broadcasting needs equal sizes or 1/],
  ["matmul inner mismatch", () => np.matmul(np.zeros([4, 3]), np.zeros([4, 3])), ShapeError, /np\.matmul: shapes \[4, 3\] and \[4, 3\] do not fit: axis -1 of the first has 3 but axis -2 of the second has 4/],
  ["matmul batch mismatch", () => np.matmul(np.zeros([2, 4, 3]), np.zeros([5, 3, 4])), ShapeError, /batch axes\): cannot broadcast shapes \[2\] and \[5\]/],
  ["reshape to the wrong size", () => np.arange(6).reshape(4, 2), ShapeError, /cannot reshape \[6\] \(6 elements\) into \[4, 2\] \(8 elements\)/],
  ["reshape -1 that does not divide", () => np.arange(7).reshape(2, -1), ShapeError, /7 is not a multiple of 2/],
  ["two -1 in reshape", () => np.arange(6).reshape(-1, -1), ShapeError, /only one dimension can be -1/],
  ["squeeze a non-1 axis", () => np.squeeze(np.zeros([2, 1]), 0), ShapeError, /cannot remove axis 0 of shape \[2, 1\]: it has size 2/],
  ["concatenate mismatch", () => np.concatenate([np.zeros([2, 3]), np.zeros([2, 4])], 0), ShapeError, /differ at axis 1 \(3 vs 4\)/],
  ["broadcastTo impossible", () => np.broadcastTo(np.zeros([3]), [4]), ShapeError, /cannot broadcast shapes \[3\] and \[4\]/],
  ["index out of bounds", () => np.zeros([2, 2]).get(2, 0), IndexError, /index 2 is out of bounds for axis 0 with size 2/],
  ["non-integer index", () => np.zeros([2, 2]).get(0.5, 0), IndexError, /index 0\.5 on axis 0 is not a whole number/],
  ["too many indices", () => np.zeros([2]).slice(0, 0), IndexError, /too many indices for a tensor of shape \[2\]/],
  ["item of a non-scalar", () => np.zeros([2]).item(), ShapeError, /only a tensor with exactly one element can become a number/],
  ["inverse of a singular matrix", () => np.linalg.inv([[1, 2], [2, 4]]), LinAlgError, /np\.linalg\.inv: the matrix is singular \(not invertible\).*rank is below 2/],
  ["solve with a singular matrix", () => np.linalg.solve([[1, 1], [1, 1]], [1, 2]), LinAlgError, /np\.linalg\.solve: the matrix is singular/],
  ["solve with a zero matrix", () => np.linalg.solve(np.zeros([3, 3]), np.ones(3)), LinAlgError, /singular/],
  ["solve shape mismatch", () => np.linalg.solve(np.eye(3), np.ones(4)), ShapeError, /b needs 3 rows/],
  ["inv of a non-square matrix", () => np.linalg.inv(np.ones([2, 3])), ShapeError, /expected a square matrix \(last two axes equal\), got shape \[2, 3\]/],
  ["cholesky of an indefinite matrix", () => np.linalg.cholesky([[1, 2], [2, 1]]), LinAlgError, /not positive definite/],
  ["svd of a matrix with NaN", () => np.linalg.svd([[1, NaN], [0, 1]]), LinAlgError, /contains NaN or Infinity/],
  ["eigh of a matrix with Infinity", () => np.linalg.eigh([[1, Infinity], [Infinity, 1]]), LinAlgError, /contains NaN or Infinity/],
  ["svd of a vector", () => np.linalg.svd([1, 2, 3]), ShapeError, /expected a matrix \(at least 2-d/],
  ["einsum size mismatch", () => np.einsum("ij,jk->ik", np.zeros([2, 3]), np.zeros([4, 2])), ShapeError, /label "j" has size 3 in one operand but 4 in operand 1/],
  ["einsum wrong operand count", () => np.einsum("ij,jk->ik", np.zeros([2, 3])), ValueError, /describe 2 operands but 1 were given/],
  ["einsum axis count", () => np.einsum("ijk->i", np.zeros([2, 3])), ShapeError, /operand 0 has shape \[2, 3\] \(2 axes\) but its subscripts "ijk" name 3 axes/],
  ["arange with step 0", () => np.arange(0, 1, 0), ValueError, /step must not be 0/],
  ["randint with an empty range", () => np.random.randint(3, 3, [2]), ValueError, /high \(3\) must be greater than low \(3\)/],
  ["choice with bad probabilities", () => np.random.choice(3, 2, true, [0.5, 0.6, 0.1]), ValueError, /probabilities must sum to 1/],
  ["choice without replacement, too many", () => np.random.choice(3, { size: 5, replace: false }), ValueError, /cannot take 5 samples without replacement from 3 entries/],
  ["seed must be an integer", () => np.random.seed(1.5), ValueError, /the seed must be an integer/],
];

for (const [name, run, ctor, message] of cases) {
  void test(`bad input: ${name}`, () => {
    assert.throws(run, (e: unknown) => {
      assert.ok(e instanceof LabError, `not a LabError: ${String(e)}`);
      assert.ok(e instanceof ctor, `expected ${ctor.name}, got ${(e as Error).name}: ${(e as Error).message}`);
      assert.match((e as Error).message, message);
      return true;
    });
  });
}

void test("bad input: nothing hangs on hard linear-algebra inputs", () => {
  const start = Date.now();
  const rng = np.random.defaultRng(3);
  // Rank-deficient, tiny, huge, repeated eigenvalues, nearly singular.
  const low = np.matmul(rng.normal(0, 1, [30, 2]), rng.normal(0, 1, [2, 30]));
  assert.equal(np.linalg.matrixRank(low).item(), 2);
  const [U, S] = np.linalg.svd(low);
  assert.equal(U.shape[0], 30);
  assert.ok(S.data[2]! < 1e-10 * S.data[0]!);
  np.linalg.eigh(np.eye(20));
  np.linalg.eigh(np.multiply(np.ones([10, 10]), 1e300));
  np.linalg.svd(np.multiply(rng.normal(0, 1, [8, 5]), 1e-300));
  assert.ok(Date.now() - start < 5000);
});

void test("a huge tensor is refused with its size and a pointer to the shape, not a RangeError", () => {
  assert.throws(() => np.zeros([1e6, 1e6]), (e: unknown) => e instanceof ValueError
    && /np\.zeros: shape \[1000000, 1000000\] has 1,000,000,000,000 elements/.test(e.message) && /wrong or swapped dimension/.test(e.message));
  assert.throws(() => np.add(np.zeros([100000, 1]), np.zeros([1, 100000])), (e: unknown) => e instanceof ValueError
    && /np\.add.*broadcasting \[100000, 1\] with \[1, 100000\]/.test(e.message));
  assert.throws(() => np.random.randn(70000, 70000), (e: unknown) => e instanceof LabError && /elements/.test(e.message));
  // Large but reasonable shapes still work.
  assert.equal(np.zeros([1000, 1000]).size, 1_000_000);
});
