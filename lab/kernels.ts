// Allocation-free inner loops. Each operation has its own loop (a switch outside the loop), so
// the JIT sees one monomorphic arithmetic expression per loop instead of a callback per element.
import type { TypedArray } from "./types";

export const ADD = 0, SUB = 1, MUL = 2, DIV = 3, POW = 4, MAX = 5, MIN = 6,
  GT = 7, GE = 8, LT = 9, LE = 10, EQ = 11, NE = 12, MOD = 13, ATAN2 = 14;

/**
 * o[io + k] = a[ia + k*sa] (op) b[ib + k*sb] for k < n. Strides sa/sb are 1 (walk) or 0 (repeat a
 * broadcast value). NaN propagates like NumPy (maximum/minimum return NaN if either side is NaN).
 */
export function binaryRow(op: number, a: TypedArray, ia: number, sa: number, b: TypedArray, ib: number, sb: number, o: TypedArray, io: number, n: number): void {
  const end = io + n;
  switch (op) {
    case ADD:
      if (sa === 1 && sb === 1) { for (let k = io; k < end; k++) o[k] = a[ia++]! + b[ib++]!; }
      else if (sb === 0) { const v = b[ib]!; for (let k = io; k < end; k++) { o[k] = a[ia]! + v; ia += sa; } }
      else { for (let k = io; k < end; k++) { o[k] = a[ia]! + b[ib]!; ia += sa; ib += sb; } }
      return;
    case SUB:
      if (sa === 1 && sb === 1) { for (let k = io; k < end; k++) o[k] = a[ia++]! - b[ib++]!; }
      else if (sb === 0) { const v = b[ib]!; for (let k = io; k < end; k++) { o[k] = a[ia]! - v; ia += sa; } }
      else { for (let k = io; k < end; k++) { o[k] = a[ia]! - b[ib]!; ia += sa; ib += sb; } }
      return;
    case MUL:
      if (sa === 1 && sb === 1) { for (let k = io; k < end; k++) o[k] = a[ia++]! * b[ib++]!; }
      else if (sb === 0) { const v = b[ib]!; for (let k = io; k < end; k++) { o[k] = a[ia]! * v; ia += sa; } }
      else { for (let k = io; k < end; k++) { o[k] = a[ia]! * b[ib]!; ia += sa; ib += sb; } }
      return;
    case DIV:
      if (sa === 1 && sb === 1) { for (let k = io; k < end; k++) o[k] = a[ia++]! / b[ib++]!; }
      else if (sb === 0) { const v = b[ib]!; for (let k = io; k < end; k++) { o[k] = a[ia]! / v; ia += sa; } }
      else { for (let k = io; k < end; k++) { o[k] = a[ia]! / b[ib]!; ia += sa; ib += sb; } }
      return;
    case POW:
      if (sb === 0 && b[ib] === 2) { for (let k = io; k < end; k++) { const x = a[ia]!; o[k] = x * x; ia += sa; } return; }
      for (let k = io; k < end; k++) { o[k] = Math.pow(a[ia]!, b[ib]!); ia += sa; ib += sb; }
      return;
    case MAX:
      for (let k = io; k < end; k++) { const x = a[ia]!, y = b[ib]!; o[k] = x > y || x !== x ? x : y; ia += sa; ib += sb; }
      return;
    case MIN:
      for (let k = io; k < end; k++) { const x = a[ia]!, y = b[ib]!; o[k] = x < y || x !== x ? x : y; ia += sa; ib += sb; }
      return;
    case GT: for (let k = io; k < end; k++) { o[k] = a[ia]! > b[ib]! ? 1 : 0; ia += sa; ib += sb; } return;
    case GE: for (let k = io; k < end; k++) { o[k] = a[ia]! >= b[ib]! ? 1 : 0; ia += sa; ib += sb; } return;
    case LT: for (let k = io; k < end; k++) { o[k] = a[ia]! < b[ib]! ? 1 : 0; ia += sa; ib += sb; } return;
    case LE: for (let k = io; k < end; k++) { o[k] = a[ia]! <= b[ib]! ? 1 : 0; ia += sa; ib += sb; } return;
    case EQ: for (let k = io; k < end; k++) { o[k] = a[ia]! === b[ib]! ? 1 : 0; ia += sa; ib += sb; } return;
    case NE: for (let k = io; k < end; k++) { o[k] = a[ia]! !== b[ib]! ? 1 : 0; ia += sa; ib += sb; } return;
    case MOD:
      // NumPy's mod: the result has the sign of the divisor.
      for (let k = io; k < end; k++) { const x = a[ia]!, y = b[ib]!; const r = x % y; o[k] = r !== 0 && (r < 0) !== (y < 0) ? r + y : r; ia += sa; ib += sb; }
      return;
    case ATAN2: for (let k = io; k < end; k++) { o[k] = Math.atan2(a[ia]!, b[ib]!); ia += sa; ib += sb; } return;
    default: throw new Error(`unknown binary op ${op}`);
  }
}

export const NEG = 0, EXP = 1, LOG = 2, LOG1P = 3, EXPM1 = 4, SQRT = 5, ABS = 6, SIGN = 7, TANH = 8,
  SIN = 9, COS = 10, SQUARE = 11, RECIP = 12, FLOOR = 13, CEIL = 14, ROUND = 15, SIGMOID = 16,
  ISNAN = 17, ISFINITE = 18, TAN = 19, ARCSIN = 20, ARCCOS = 21, ARCTAN = 22, SINH = 23, COSH = 24,
  LOG2 = 25, LOG10 = 26, CBRT = 27, ISINF = 28;

/** o[k] = f(a[k]) over n contiguous elements. */
export function unaryLoop(op: number, a: TypedArray, o: TypedArray, n: number): void {
  switch (op) {
    case NEG: for (let k = 0; k < n; k++) o[k] = -a[k]!; return;
    case EXP: for (let k = 0; k < n; k++) o[k] = Math.exp(a[k]!); return;
    case LOG: for (let k = 0; k < n; k++) o[k] = Math.log(a[k]!); return;
    case LOG1P: for (let k = 0; k < n; k++) o[k] = Math.log1p(a[k]!); return;
    case EXPM1: for (let k = 0; k < n; k++) o[k] = Math.expm1(a[k]!); return;
    case SQRT: for (let k = 0; k < n; k++) o[k] = Math.sqrt(a[k]!); return;
    case ABS: for (let k = 0; k < n; k++) o[k] = Math.abs(a[k]!); return;
    case SIGN: for (let k = 0; k < n; k++) { const x = a[k]!; o[k] = x > 0 ? 1 : x < 0 ? -1 : x; } return;
    case TANH: for (let k = 0; k < n; k++) o[k] = Math.tanh(a[k]!); return;
    case SIN: for (let k = 0; k < n; k++) o[k] = Math.sin(a[k]!); return;
    case COS: for (let k = 0; k < n; k++) o[k] = Math.cos(a[k]!); return;
    case TAN: for (let k = 0; k < n; k++) o[k] = Math.tan(a[k]!); return;
    case SQUARE: for (let k = 0; k < n; k++) { const x = a[k]!; o[k] = x * x; } return;
    case RECIP: for (let k = 0; k < n; k++) o[k] = 1 / a[k]!; return;
    case FLOOR: for (let k = 0; k < n; k++) o[k] = Math.floor(a[k]!); return;
    case CEIL: for (let k = 0; k < n; k++) o[k] = Math.ceil(a[k]!); return;
    case ROUND:
      // NumPy rounds halves to even.
      for (let k = 0; k < n; k++) {
        const x = a[k]!; const r = Math.round(x);
        o[k] = Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
      }
      return;
    case SIGMOID:
      for (let k = 0; k < n; k++) {
        const x = a[k]!;
        if (x >= 0) o[k] = 1 / (1 + Math.exp(-x));
        else { const e = Math.exp(x); o[k] = e / (1 + e); }
      }
      return;
    case ISNAN: for (let k = 0; k < n; k++) o[k] = a[k] !== a[k] ? 1 : 0; return;
    case ISFINITE: for (let k = 0; k < n; k++) o[k] = Number.isFinite(a[k]) ? 1 : 0; return;
    case ISINF: for (let k = 0; k < n; k++) { const x = a[k]!; o[k] = x === Infinity || x === -Infinity ? 1 : 0; } return;
    case ARCSIN: for (let k = 0; k < n; k++) o[k] = Math.asin(a[k]!); return;
    case ARCCOS: for (let k = 0; k < n; k++) o[k] = Math.acos(a[k]!); return;
    case ARCTAN: for (let k = 0; k < n; k++) o[k] = Math.atan(a[k]!); return;
    case SINH: for (let k = 0; k < n; k++) o[k] = Math.sinh(a[k]!); return;
    case COSH: for (let k = 0; k < n; k++) o[k] = Math.cosh(a[k]!); return;
    case LOG2: for (let k = 0; k < n; k++) o[k] = Math.log2(a[k]!); return;
    case LOG10: for (let k = 0; k < n; k++) o[k] = Math.log10(a[k]!); return;
    case CBRT: for (let k = 0; k < n; k++) o[k] = Math.cbrt(a[k]!); return;
    default: throw new Error(`unknown unary op ${op}`);
  }
}
