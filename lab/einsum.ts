// Einstein summation: np.einsum("ij,jk->ik", a, b). Labels repeated across operands are
// multiplied together; labels missing from the output are summed over. Without "->" the output
// is every label used exactly once, in alphabetical order. "..." stands for leading axes that
// broadcast across operands.
import { Tensor, type TensorLike } from "./tensor";
import { toTensor } from "./create";
import { alloc } from "./dtype";
import { fmtShape, ShapeError, ValueError } from "./errors";
import { guard } from "./withheld";
import type { DType } from "./types";

const ELL = "\u0100";

function parseTerm(term: string, op: string): { labels: string[]; ellipsis: boolean } {
  const t = term.replace(/\s+/g, "");
  const ellipsis = t.includes("...");
  if (ellipsis && t.indexOf("...") !== t.lastIndexOf("...")) throw new ValueError(`${op}: "${term}" has more than one "..."`);
  const labels: string[] = [];
  for (const ch of t.replace("...", ELL)) {
    if (ch === ELL) labels.push(ELL);
    else if (/[a-zA-Z]/.test(ch)) labels.push(ch);
    else throw new ValueError(`${op}: invalid character "${ch}" in subscripts "${term}"; use letters, "," , "->" and "..."`);
  }
  return { labels, ellipsis };
}

/** Einstein summation over the given operands (see the file comment). */
export function einsum(subscripts: string, ...operands: TensorLike[]): Tensor<any> {
  guard("einsum");
  const op = "np.einsum";
  const ts = operands.map((x) => toTensor(x, undefined, op));
  const [lhs, rhs] = subscripts.split("->") as [string, string | undefined];
  if (subscripts.split("->").length > 2) throw new ValueError(`${op}: subscripts "${subscripts}" contain "->" more than once`);
  const terms = lhs.split(",").map((s) => parseTerm(s, op));
  if (terms.length !== ts.length) {
    throw new ValueError(`${op}: subscripts "${subscripts}" describe ${terms.length} operand${terms.length === 1 ? "" : "s"} but ${ts.length} were given`);
  }
  // Expand "..." into per-axis labels, aligned from the right.
  let ellDims = 0;
  terms.forEach((term, k) => {
    const named = term.labels.filter((l) => l !== ELL).length;
    const t = ts[k]!;
    if (term.ellipsis ? t.ndim < named : t.ndim !== named) {
      throw new ShapeError(`${op}: operand ${k} has shape ${fmtShape(t.shape)} (${t.ndim} axes) but its subscripts "${lhs.split(",")[k]!.trim()}" name ${named} axes`);
    }
    if (term.ellipsis) ellDims = Math.max(ellDims, t.ndim - named);
  });
  const ellLabels = Array.from({ length: ellDims }, (_, i) => String.fromCharCode(0x0200 + i));
  const opLabels = terms.map((term, k) => {
    const extra = ts[k]!.ndim - term.labels.filter((l) => l !== ELL).length;
    return term.labels.flatMap((l) => (l === ELL ? ellLabels.slice(ellDims - extra) : [l]));
  });
  // Sizes of each label.
  const size = new Map<string, number>();
  opLabels.forEach((labels, k) => labels.forEach((l, ax) => {
    const d = ts[k]!.shape[ax]!;
    const prev = size.get(l);
    if (prev === undefined || prev === 1) size.set(l, d);
    else if (d !== prev && !(d === 1 && l.charCodeAt(0) >= 0x0200)) {
      const name = l.charCodeAt(0) >= 0x0200 ? "a \"...\" axis" : `label "${l}"`;
      throw new ShapeError(`${op}: ${name} has size ${prev} in one operand but ${d} in operand ${k} (shape ${fmtShape(ts[k]!.shape)}); a repeated label must have the same size everywhere`);
    }
  }));
  let outLabels: string[];
  if (rhs === undefined) {
    const count = new Map<string, number>();
    for (const ls of opLabels) for (const l of ls) count.set(l, (count.get(l) ?? 0) + 1);
    outLabels = [...ellLabels, ...[...count.keys()].filter((l) => count.get(l) === 1 && l.charCodeAt(0) < 0x0200).sort()];
  } else {
    const out = parseTerm(rhs, op);
    outLabels = out.labels.flatMap((l) => (l === ELL ? ellLabels : [l]));
    const seen = new Set<string>();
    for (const l of outLabels) {
      if (!size.has(l)) throw new ValueError(`${op}: output label "${l}" does not appear in any input of "${subscripts}"`);
      if (seen.has(l)) throw new ValueError(`${op}: output label "${l}" appears twice in "${rhs}"`);
      seen.add(l);
    }
  }
  const sumLabels = [...size.keys()].filter((l) => !outLabels.includes(l));
  const all = [...outLabels, ...sumLabels];
  const dims = all.map((l) => size.get(l)!);
  // Per operand, the stride of each label (0 if absent or broadcast).
  const strides = ts.map((t, k) => all.map((l) => {
    let s = 0;
    opLabels[k]!.forEach((ol, ax) => { if (ol === l && t.shape[ax] !== 1) s += t.strides[ax]!; });
    return s;
  }));
  const outShape = outLabels.map((l) => size.get(l)!);
  let outSize = 1;
  for (const d of outShape) outSize *= d;
  const dtype: DType = ts.every((t) => t.dtype === "float32") && ts.length > 0 ? "float32" : "float64";
  const out = alloc(dtype, outSize);
  let inner = 1;
  for (const l of sumLabels) inner *= size.get(l)!;
  if (outSize === 0 || inner === 0) return new Tensor(out, outShape);
  const nl = all.length, no = ts.length;
  const counter = new Int32Array(nl);
  const offs = new Float64Array(no);
  const datas = ts.map((t) => t.data);
  const total = outSize * inner;
  let acc = 0;
  for (let it = 0; it < total; it++) {
    let prodv = 1;
    for (let k = 0; k < no; k++) prodv *= datas[k]![offs[k]!]!;
    acc += prodv;
    if ((it + 1) % inner === 0) { out[(it + 1) / inner - 1] = acc; acc = 0; }
    for (let ax = nl - 1; ax >= 0; ax--) {
      counter[ax]!++;
      for (let k = 0; k < no; k++) offs[k]! += strides[k]![ax]!;
      if (counter[ax]! < dims[ax]!) break;
      for (let k = 0; k < no; k++) offs[k]! -= strides[k]![ax]! * dims[ax]!;
      counter[ax] = 0;
    }
  }
  return new Tensor(out, outShape);
}
