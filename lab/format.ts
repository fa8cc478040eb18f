// NumPy-like printing: `toString()` matches `str(x)`, console.log matches `repr(x)`.
// Values in one tensor share a format: fixed-point with up to 8 decimals (shortest digits that
// still identify each value), or scientific notation when magnitudes span a wide range; columns
// align; tensors with more than 1000 elements show only 3 entries at each end of each axis.
import type { Tensor } from "./tensor";

export const printOptions = { precision: 8, threshold: 1000, edgeitems: 3, linewidth: 75 };

/** Shortest decimal digits that read back to the same value of this dtype. */
function shortest(x: number, f32: boolean): string {
  if (!f32) return String(x);
  for (let p = 1; p <= 9; p++) {
    const s = x.toPrecision(p);
    if (Math.fround(Number(s)) === x) return String(Number(s));
  }
  return String(x);
}

function splitExp(s: string): [string, number] {
  const m = /^(-?[\d.]+)(?:e([+-]\d+))?$/.exec(s);
  if (!m) return [s, 0];
  return [m[1]!, m[2] ? Number(m[2]) : 0];
}

type Fmt = (x: number) => string;

function makeFormatter(values: number[], f32: boolean): Fmt {
  const finite = values.filter((v) => Number.isFinite(v));
  const special = (x: number): string | undefined =>
    x !== x ? "nan" : x === Infinity ? "inf" : x === -Infinity ? "-inf" : undefined;
  const prec = printOptions.precision;
  const abs = finite.map(Math.abs).filter((v) => v !== 0);
  const maxAbs = abs.length ? Math.max(...abs) : 0;
  const minAbs = abs.length ? Math.min(...abs) : 0;
  const sci = maxAbs >= 1e8 || (abs.length > 0 && (minAbs < 1e-4 || maxAbs / minAbs > 1e3));
  let body: (x: number) => string;
  if (sci) {
    // Mantissa digits: the most any value needs (at most `prec`), shared by all.
    let digits = 0;
    for (const v of finite) {
      const [m] = splitExp(Number(shortest(v, f32)).toExponential());
      const dot = m.indexOf(".");
      digits = Math.max(digits, Math.min(prec, dot < 0 ? 0 : m.length - dot - 1));
    }
    body = (x) => {
      const [m, e] = splitExp(x.toExponential(digits));
      const mant = digits === 0 ? `${m}.` : m;
      const ee = Math.abs(e) < 10 ? `0${Math.abs(e)}` : `${Math.abs(e)}`;
      return `${mant}e${e < 0 ? "-" : "+"}${ee}`;
    };
  } else {
    const decimals = (v: number): string => {
      let s = shortest(v, f32);
      if (/e/.test(s) || (s.split(".")[1]?.length ?? 0) > prec) s = String(Number(v.toFixed(prec)));
      if (/e/.test(s)) s = v.toFixed(prec).replace(/0+$/, "");
      return s.includes(".") ? s : `${s}.`;
    };
    let maxDec = 0;
    for (const v of finite) maxDec = Math.max(maxDec, decimals(v).split(".")[1]!.length);
    // Pad the fraction on the right with spaces so the points line up.
    body = (x) => {
      const s = decimals(x);
      return s + " ".repeat(maxDec - s.split(".")[1]!.length);
    };
  }
  const raw = (x: number) => special(x) ?? body(x);
  const width = Math.max(0, ...values.map((v) => raw(v).length));
  return (x) => raw(x).padStart(width);
}

function shownIndices(n: number, summarize: boolean): (number | -1)[] {
  const e = printOptions.edgeitems;
  if (!summarize || n <= 2 * e) return Array.from({ length: n }, (_, i) => i);
  return [...Array.from({ length: e }, (_, i) => i), -1, ...Array.from({ length: e }, (_, i) => n - e + i)];
}

function collect(t: Tensor<any>, summarize: boolean): number[] {
  const out: number[] = [];
  const walk = (axis: number, off: number) => {
    if (axis === t.ndim) { out.push(t.data[off]!); return; }
    for (const i of shownIndices(t.shape[axis]!, summarize)) if (i >= 0) walk(axis + 1, off + i * t.strides[axis]!);
  };
  walk(0, 0);
  return out;
}

function render(t: Tensor<any>, sep: string, indent: string): string {
  const summarize = t.size > printOptions.threshold;
  const fmt = makeFormatter(collect(t, summarize), t.dtype === "float32");
  if (t.ndim === 0) {
    // Like Python's float: 21.0, 0.5, 1e-05, nan.
    const v = t.data[0]!;
    if (!Number.isFinite(v)) return fmt(v).trim();
    const s = shortest(v, t.dtype === "float32");
    return /[.e]/.test(s) ? s : `${s}.0`;
  }
  if (t.size === 0) return "[]";
  const width = printOptions.linewidth;
  const block = (axis: number, off: number, ind: string): string => {
    const n = t.shape[axis]!;
    const idx = shownIndices(n, summarize);
    if (axis === t.ndim - 1) {
      const items = idx.map((i) => (i < 0 ? "..." : fmt(t.data[off + i]!)));
      // Wrap long rows like NumPy, continuing under the first element.
      let line = "[", out = "";
      items.forEach((s, k) => {
        const piece = s + (k < items.length - 1 ? sep : "]");
        if (line.length + ind.length + piece.trimEnd().length > width && line.trim() !== "[") {
          out += line.trimEnd() + "\n";
          line = ind + " ";
        }
        line += piece;
      });
      return out + line;
    }
    const rows = idx.map((i) => (i < 0 ? "..." : block(axis + 1, off + i * t.strides[axis]!, ind + " ")));
    const gap = sep.trimEnd() + "\n".repeat(t.ndim - axis - 1) + ind + " ";
    return "[" + rows.join(gap) + "]";
  };
  return block(0, 0, indent);
}

/** `str(x)`: [[1. 2.]\n [3. 4.]] */
export function formatStr(t: Tensor<any>): string {
  return render(t, " ", "");
}

/** `repr(x)`: array([[1., 2.],\n       [3., 4.]]) */
export function formatRepr(t: Tensor<any>): string {
  if (t.ndim === 0) return render(t, ", ", "");
  const body = render(t, ", ", "      ");
  const dt = t.dtype === "float32" ? ", dtype=float32" : "";
  const empty = t.size === 0 && t.ndim > 1 ? `, shape=[${t.shape.join(", ")}]` : "";
  return `array(${body}${empty}${dt})`;
}
