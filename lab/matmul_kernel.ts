// The matrix-product kernel: C[M,N] (+)= A[M,K] · B[K,N], all row-major and contiguous.
// Loop order i-k-j keeps the innermost loop walking rows of B and C (unit stride); four rows of A
// are processed together so each loaded element of B is used four times.
import type { TypedArray } from "./types";

export function gemm(A: TypedArray, aOff: number, B: TypedArray, bOff: number, C: TypedArray, cOff: number, M: number, K: number, N: number): void {
  let i = 0;
  for (; i + 4 <= M; i += 4) {
    const c0 = cOff + i * N, c1 = c0 + N, c2 = c1 + N, c3 = c2 + N;
    const a0 = aOff + i * K, a1 = a0 + K, a2 = a1 + K, a3 = a2 + K;
    for (let k = 0; k < K; k++) {
      const x0 = A[a0 + k]!, x1 = A[a1 + k]!, x2 = A[a2 + k]!, x3 = A[a3 + k]!;
      const b = bOff + k * N;
      for (let j = 0; j < N; j++) {
        const y = B[b + j]!;
        C[c0 + j]! += x0 * y;
        C[c1 + j]! += x1 * y;
        C[c2 + j]! += x2 * y;
        C[c3 + j]! += x3 * y;
      }
    }
  }
  for (; i < M; i++) {
    const c0 = cOff + i * N, a0 = aOff + i * K;
    for (let k = 0; k < K; k++) {
      const x0 = A[a0 + k]!;
      const b = bOff + k * N;
      for (let j = 0; j < N; j++) C[c0 + j]! += x0 * B[b + j]!;
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
