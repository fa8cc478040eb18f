// Property-based tests: algebraic laws that must hold for random shapes (including size-0 and
// size-1 axes) and random values.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../../lab/index";
import type { Tensor } from "../../../lab/index";

const RUNS = { numRuns: 60 };

function maxAbsDiff(a: Tensor<any>, b: Tensor<any>): number {
  assert.deepEqual(a.shape, b.shape);
  let m = 0;
  for (let i = 0; i < a.size; i++) m = Math.max(m, Math.abs(a.data[i]! - b.data[i]!));
  return m;
}
function assertClose(a: Tensor<any>, b: Tensor<any>, tol: number, what: string): void {
  const d = maxAbsDiff(a, b);
  assert.ok(d <= tol, `${what}: max difference ${d} > ${tol}`);
}
const rand = (seed: number, shape: number[]) => np.random.defaultRng(seed).normal(0, 1, shape);

const dim = fc.integer({ min: 0, max: 4 });
const shapeArb = fc.array(dim, { minLength: 0, maxLength: 4 });
/** Two shapes that broadcast together: derived from an output shape by dropping leading axes and setting some to 1. */
const broadcastPair = fc.tuple(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 0, maxLength: 4 }), fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), fc.nat(4), fc.nat(4))
  .map(([out, onesA, onesB, dropA, dropB]) => {
    const a = out.map((d, i) => (onesA[i] ? 1 : d)).slice(Math.min(dropA, out.length));
    const b = out.map((d, i) => (onesB[i] ? 1 : d)).slice(Math.min(dropB, out.length));
    return [a, b] as const;
  });

void test("broadcasting: commutes, matches explicit broadcastTo, has the documented shape", () => {
  fc.assert(fc.property(broadcastPair, fc.integer(), ([sa, sb], seed) => {
    const a = rand(seed, [...sa]), b = rand(seed + 1, [...sb]);
    const shape = np.broadcastShapes(sa, sb);
    const s = np.add(a, b);
    assert.deepEqual(s.shape, shape);
    assertClose(s, np.add(b, a), 0, "a+b = b+a");
    assertClose(s, np.add(np.broadcastTo(a, shape), np.broadcastTo(b, shape)), 0, "explicit broadcast");
    assertClose(np.subtract(s, b), np.broadcastTo(a, shape), 1e-12, "(a+b)-b = a");
    assertClose(np.multiply(a, b), np.multiply(np.broadcastTo(a, shape), np.broadcastTo(b, shape)), 0, "multiply");
    const A = np.broadcastTo(a, shape), B = np.broadcastTo(b, shape);
    const picked = np.where(np.greater(a, 0), a, b);
    for (let i = 0; i < picked.size; i++) assert.equal(picked.data[i], A.data[i]! > 0 ? A.data[i] : B.data[i]);
    assert.equal(np.allclose(a, np.add(a, np.multiply(b, 0))), true);
  }), RUNS);
});

void test("reshape and transpose round-trip", () => {
  fc.assert(fc.property(shapeArb, fc.integer(), fc.integer(), (shape, seed, permSeed) => {
    const x = rand(seed, shape);
    assertClose(x.reshape(-1).reshape(shape), x, 0, "reshape round trip");
    const perm = np.random.defaultRng(permSeed).permutation(shape.length).toArray() as number[];
    const inv = perm.map((_, i) => perm.indexOf(i));
    const t = np.transpose(x, perm);
    assert.deepEqual(t.shape, perm.map((p) => shape[p]));
    assertClose(np.transpose(t, inv), x, 0, "transpose round trip");
    assertClose(x.T.T, x, 0, "double .T");
  }), RUNS);
});

void test("sum over all axes equals the total, in any grouping", () => {
  fc.assert(fc.property(shapeArb, fc.integer(), (shape, seed) => {
    const x = rand(seed, shape);
    let naive = 0;
    for (const v of x.data) naive += v;
    const total = np.sum(x).item();
    assert.ok(Math.abs(total - naive) <= 1e-9 * (1 + Math.abs(naive)));
    let y: Tensor<any> = x;
    for (let ax = shape.length - 1; ax >= 0; ax--) y = np.sum(y, ax);
    assert.ok(Math.abs(y.item() - total) <= 1e-9 * (1 + x.size));
    const kept = np.sum(x, { axis: shape.map((_, i) => i), keepdims: true });
    assert.deepEqual(kept.shape, shape.map(() => 1));
    if (x.size > 0) {
      assert.ok(Math.abs(np.mean(x).item() - total / x.size) <= 1e-9);
      assert.equal(np.max(x).item(), Math.max(...x.data));
    }
  }), RUNS);
});

const matDims = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }));

void test("matmul is associative and distributive (within tolerance), with batch broadcasting", () => {
  fc.assert(fc.property(matDims, fc.integer(), fc.integer({ min: 0, max: 3 }), ([m, k, n, p], seed, batch) => {
    const A = rand(seed, [batch, m, k]), B = rand(seed + 1, [k, n]), C = rand(seed + 2, [n, p]), B2 = rand(seed + 3, [k, n]);
    const left = np.matmul(np.matmul(A, B), C), right = np.matmul(A, np.matmul(B, C));
    assert.deepEqual(left.shape, [batch, m, p]);
    assertClose(left, right, 1e-9 * (1 + k * n), "associativity");
    assertClose(np.matmul(A, np.add(B, B2)), np.add(np.matmul(A, B), np.matmul(A, B2)), 1e-9 * (1 + k), "distributivity");
    // Batched result equals the per-matrix products.
    for (let i = 0; i < batch; i++) assertClose(left.slice(i), np.matmul(np.matmul(A.slice(i), B), C), 1e-12, "batch entry");
    const A2 = rand(seed + 4, [m, k]);
    assertClose(np.matmul(B.T, A2.T), np.matmul(A2, B).T, 1e-12, "(AB)ᵀ = BᵀAᵀ");
  }), RUNS);
});

const sq = fc.integer({ min: 0, max: 7 });
const rect = fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }));

function orthonormalColumns(Q: Tensor<any>, tol: number, what: string): void {
  const k = Q.shape[Q.ndim - 1]!;
  assertClose(np.matmul(Q.T, Q), np.eye(k), tol, what);
}

void test("svd reconstructs its input with orthonormal factors and descending singular values", () => {
  fc.assert(fc.property(rect, fc.integer(), fc.boolean(), ([m, n], seed, full) => {
    const a = rand(seed, [m, n]);
    const [U, S, Vh] = np.linalg.svd(a, full);
    const k = Math.min(m, n);
    assert.deepEqual(U.shape, full ? [m, m] : [m, k]);
    assert.deepEqual(Vh.shape, full ? [n, n] : [k, n]);
    orthonormalColumns(U, 1e-10, "UᵀU = I");
    orthonormalColumns(Vh.T, 1e-10, "Vh Vhᵀ = I");
    const rec = np.matmul(np.multiply(U.slice(":", `:${k}`), S), Vh.slice(`:${k}`));
    assertClose(rec, a, 1e-10, "U S Vh = A");
    for (let i = 1; i < k; i++) assert.ok(S.data[i - 1]! >= S.data[i]!);
    assert.ok(S.data.every((s) => s >= 0));
  }), RUNS);
});

void test("eigh reconstructs a symmetric matrix with orthonormal eigenvectors", () => {
  fc.assert(fc.property(sq, fc.integer(), (n, seed) => {
    const b = rand(seed, [n, n]);
    const a = np.add(b, b.T);
    const [w, V] = np.linalg.eigh(a);
    orthonormalColumns(V, 1e-10, "VᵀV = I");
    assertClose(np.matmul(np.multiply(V, w), V.T), a, 1e-9, "V diag(w) Vᵀ = A");
    for (let i = 1; i < n; i++) assert.ok(w.data[i - 1]! <= w.data[i]!);
  }), RUNS);
});

void test("qr reconstructs with orthonormal Q and upper-triangular R", () => {
  fc.assert(fc.property(rect, fc.integer(), fc.constantFrom("reduced", "complete") as fc.Arbitrary<"reduced" | "complete">, ([m, n], seed, mode) => {
    const a = rand(seed, [m, n]);
    const [Q, R] = np.linalg.qr(a, mode);
    orthonormalColumns(Q, 1e-10, "QᵀQ = I");
    assertClose(np.matmul(Q, R), a, 1e-10, "QR = A");
    for (let i = 0; i < R.shape[0]!; i++) for (let j = 0; j < Math.min(i, n); j++) assert.equal(R.get(i, j), 0);
  }), RUNS);
});

void test("cholesky reconstructs an SPD matrix; solve has small residuals", () => {
  fc.assert(fc.property(sq, fc.integer(), fc.integer({ min: 1, max: 3 }), (n, seed, k) => {
    const b = rand(seed, [n, n]);
    const spd = np.add(np.matmul(b, b.T), np.multiply(np.eye(n), n + 1));
    const L = np.linalg.cholesky(spd);
    assertClose(np.matmul(L, L.T), spd, 1e-9, "L Lᵀ = A");
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) assert.equal(L.get(i, j), 0);
    const A = np.add(rand(seed + 1, [n, n]), np.multiply(np.eye(n), 3 * n + 1));
    const rhs = rand(seed + 2, [n, k]);
    const x = np.linalg.solve(A, rhs);
    assertClose(np.matmul(A, x), rhs, 1e-9, "A x = b");
    if (n > 0) assertClose(np.matmul(np.linalg.inv(A), A), np.eye(n), 1e-9, "inv(A) A = I");
  }), RUNS);
});

void test("einsum agrees with matmul, transpose, trace and sum", () => {
  fc.assert(fc.property(matDims, ([m, k, n]) => {
    const a = rand(m * 7 + k, [m, k]), b = rand(n * 3 + 1, [k, n]);
    assertClose(np.einsum("ij,jk->ik", a, b), np.matmul(a, b), 1e-10, "ij,jk->ik");
    assertClose(np.einsum("ij->ji", a), a.T, 0, "ij->ji");
    assertClose(np.einsum("ij->", a), np.sum(a), 1e-10, "ij->");
    assertClose(np.einsum("ij,ij->i", a, a), np.sum(np.multiply(a, a), 1), 1e-10, "row dot");
  }), RUNS);
});
