// The matrix-product kernel: C[M,N] = A[M,K] · B[K,N], all row-major and contiguous.
// B is first transposed into a scratch buffer so that both operands are read along unit-stride
// rows; then a 4×2 block of C is accumulated in eight local variables (registers) over k, which
// loads 6 values per 8 multiply-adds and writes C once.
import type { TypedArray } from "./types";

/** Bt[j*K + k] = B[bOff + k*N + j]. */
export function transposeInto(B: TypedArray, bOff: number, K: number, N: number, Bt: Float64Array): void {
  for (let k = 0; k < K; k++) {
    const row = bOff + k * N;
    for (let j = 0; j < N; j++) Bt[j * K + k] = B[row + j]!;
  }
}

/** C[cOff..] = A[aOff..] (M×K) · B where Bt holds Bᵀ (N×K). */
export function gemmBt(A: TypedArray, aOff: number, Bt: Float64Array, C: TypedArray, cOff: number, M: number, K: number, N: number): void {
  let i = 0;
  for (; i + 4 <= M; i += 4) {
    const a0 = aOff + i * K, a1 = a0 + K, a2 = a1 + K, a3 = a2 + K;
    const c = cOff + i * N;
    let j = 0;
    for (; j + 2 <= N; j += 2) {
      const b0 = j * K, b1 = b0 + K;
      let s00 = 0, s01 = 0, s10 = 0, s11 = 0, s20 = 0, s21 = 0, s30 = 0, s31 = 0;
      for (let k = 0; k < K; k++) {
        const y0 = Bt[b0 + k]!, y1 = Bt[b1 + k]!;
        const x0 = A[a0 + k]!, x1 = A[a1 + k]!, x2 = A[a2 + k]!, x3 = A[a3 + k]!;
        s00 += x0 * y0; s01 += x0 * y1;
        s10 += x1 * y0; s11 += x1 * y1;
        s20 += x2 * y0; s21 += x2 * y1;
        s30 += x3 * y0; s31 += x3 * y1;
      }
      const p = c + j;
      C[p] = s00; C[p + 1] = s01;
      C[p + N] = s10; C[p + N + 1] = s11;
      C[p + 2 * N] = s20; C[p + 2 * N + 1] = s21;
      C[p + 3 * N] = s30; C[p + 3 * N + 1] = s31;
    }
    if (j < N) {
      const b0 = j * K;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let k = 0; k < K; k++) {
        const y = Bt[b0 + k]!;
        s0 += A[a0 + k]! * y; s1 += A[a1 + k]! * y; s2 += A[a2 + k]! * y; s3 += A[a3 + k]! * y;
      }
      C[c + j] = s0; C[c + N + j] = s1; C[c + 2 * N + j] = s2; C[c + 3 * N + j] = s3;
    }
  }
  for (; i < M; i++) {
    const a0 = aOff + i * K, c = cOff + i * N;
    for (let j = 0; j < N; j++) {
      const b0 = j * K;
      let s = 0;
      for (let k = 0; k < K; k++) s += A[a0 + k]! * Bt[b0 + k]!;
      C[c + j] = s;
    }
  }
}

/** y[M] = A[M,K] · x[K] (matrix times vector), contiguous. */
export function gemv(A: TypedArray, aOff: number, x: TypedArray, xOff: number, y: TypedArray, yOff: number, M: number, K: number): void {
  for (let i = 0; i < M; i++) {
    let s = 0;
    const a = aOff + i * K;
    for (let k = 0; k < K; k++) s += A[a + k]! * x[xOff + k]!;
    y[yOff + i] = s;
  }
}
