// The matrix-product kernel: C[M,N] = A[M,K] · B[K,N], all row-major and contiguous.
// B is first transposed into a scratch buffer so that both operands are read along unit-stride
// rows; then a 4×3 block of C is accumulated in twelve local variables (registers) over k, which
// loads 7 values per 12 multiply-adds and writes C once.
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
    // 4×3 blocks: 12 accumulators + 3 values of B + 1 of A fit the 16 floating-point registers.
    for (; j + 3 <= N; j += 3) {
      const b0 = j * K, b1 = b0 + K, b2 = b1 + K;
      let s00 = 0, s01 = 0, s02 = 0, s10 = 0, s11 = 0, s12 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s30 = 0, s31 = 0, s32 = 0;
      for (let k = 0; k < K; k++) {
        const y0 = Bt[b0 + k]!, y1 = Bt[b1 + k]!, y2 = Bt[b2 + k]!;
        let x = A[a0 + k]!;
        s00 += x * y0; s01 += x * y1; s02 += x * y2;
        x = A[a1 + k]!;
        s10 += x * y0; s11 += x * y1; s12 += x * y2;
        x = A[a2 + k]!;
        s20 += x * y0; s21 += x * y1; s22 += x * y2;
        x = A[a3 + k]!;
        s30 += x * y0; s31 += x * y1; s32 += x * y2;
      }
      const p = c + j;
      C[p] = s00; C[p + 1] = s01; C[p + 2] = s02;
      C[p + N] = s10; C[p + N + 1] = s11; C[p + N + 2] = s12;
      C[p + 2 * N] = s20; C[p + 2 * N + 1] = s21; C[p + 2 * N + 2] = s22;
      C[p + 3 * N] = s30; C[p + 3 * N + 1] = s31; C[p + 3 * N + 2] = s32;
    }
    for (; j < N; j++) {
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
