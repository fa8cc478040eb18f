// Walking two broadcast operands with strides: axes of size 1 get stride 0, adjacent axes that
// stay contiguous for both operands are merged, and the innermost run goes to a kernel loop.
import type { Tensor } from "./tensor";
import type { TypedArray } from "./types";
import { binaryRow } from "./kernels";

/** Strides of `t` seen from an output of shape `outShape` (0 along broadcast axes). */
export function broadcastStrides(t: Tensor<any>, outShape: readonly number[]): number[] {
  const nd = outShape.length;
  const off = nd - t.ndim;
  const s = new Array<number>(nd).fill(0);
  for (let i = 0; i < t.ndim; i++) s[off + i] = t.shape[i] === 1 ? 0 : t.strides[i]!;
  return s;
}

/** Fills `out` (contiguous, shape outShape) with a (op) b, both broadcast to outShape. */
export function binaryBroadcast(op: number, a: Tensor<any>, b: Tensor<any>, outShape: readonly number[], out: TypedArray): void {
  const n = out.length;
  if (n === 0) return;
  const ad = a.data, bd = b.data;
  if (a.size === n && b.size === n) { binaryRow(op, ad, 0, 1, bd, 0, 1, out, 0, n); return; }
  if (a.size === n && b.size === 1) { binaryRow(op, ad, 0, 1, bd, 0, 0, out, 0, n); return; }
  if (a.size === 1 && b.size === n) { binaryRow(op, ad, 0, 0, bd, 0, 1, out, 0, n); return; }
  const sa = broadcastStrides(a, outShape);
  const sb = broadcastStrides(b, outShape);
  // Merge axes from the innermost outwards.
  const dims: number[] = [];
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = outShape.length - 1; i >= 0; i--) {
    const d = outShape[i]!;
    if (d === 1) continue;
    const k = dims.length - 1;
    if (k >= 0 && sa[i] === as[k]! * dims[k]! && sb[i] === bs[k]! * dims[k]!) {
      dims[k]! *= d;
    } else {
      dims.push(d); as.push(sa[i]!); bs.push(sb[i]!);
    }
  }
  // dims[0] is now the innermost (merged) axis.
  const inner = dims[0]!, ia = as[0]!, ib = bs[0]!;
  const m = dims.length;
  if (m === 1) { binaryRow(op, ad, 0, ia, bd, 0, ib, out, 0, inner); return; }
  const counter = new Array<number>(m).fill(0);
  let oa = 0, ob = 0;
  for (let o = 0; o < n; o += inner) {
    binaryRow(op, ad, oa, ia, bd, ob, ib, out, o, inner);
    // Advance the odometer over the outer axes 1..m-1.
    for (let ax = 1; ax < m; ax++) {
      counter[ax]!++;
      oa += as[ax]!; ob += bs[ax]!;
      if (counter[ax]! < dims[ax]!) break;
      oa -= as[ax]! * dims[ax]!; ob -= bs[ax]! * dims[ax]!;
      counter[ax] = 0;
    }
  }
}

/** Index of the element of `t` (broadcast strides `s`) for flat output index `flat`. Slow path helper. */
export function broadcastIndex(flat: number, outShape: readonly number[], s: readonly number[]): number {
  let off = 0;
  for (let i = outShape.length - 1; i >= 0; i--) {
    const d = outShape[i]!;
    const c = flat % d;
    flat = (flat - c) / d;
    off += c * s[i]!;
  }
  return off;
}
