// NumPy-like printing of values for failure messages and ▶ Run output (long axes summarised).
import { isTensorValue } from "./cases";

const EDGE = 3;

function num(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return "0.";
  const a = Math.abs(x);
  if (a >= 1e5 || a < 1e-4) return x.toExponential(4).replace("e+", "e+").replace(/\.?0+e/, "e");
  const s = Number(x.toPrecision(6)).toString();
  return s.includes(".") ? s : `${s}.`;
}

function nested(data: ArrayLike<number>, shape: readonly number[], off: number, axis: number, width: number, indent: string): string {
  if (shape.length === 0) return num(data[0]!).padStart(width);
  const n = shape[axis]!;
  const stride = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const pick = n > 2 * EDGE + 1 ? [...Array(EDGE).keys(), -1, ...Array.from({ length: EDGE }, (_, i) => n - EDGE + i)] : [...Array(n).keys()];
  if (axis === shape.length - 1) {
    return `[${pick.map((i) => (i < 0 ? "...".padStart(width) : num(data[off + i]!).padStart(width))).join(", ")}]`;
  }
  const sep = `,${"\n".repeat(shape.length - axis - 1)}${indent} `;
  return `[${pick.map((i) => (i < 0 ? "..." : nested(data, shape, off + i * stride, axis + 1, width, `${indent} `))).join(sep)}]`;
}

/** Prints a value: tensors as NumPy would (`array([[0.1, 0.9]])`), arrays and objects item by item. */
export function formatValue(v: unknown): string {
  if (isTensorValue(v)) {
    let width = 1;
    for (let i = 0; i < Math.min(v.data.length, 10000); i++) width = Math.max(width, num(v.data[i]!).length);
    const body = nested(v.data, v.shape, 0, 0, width, "      ");
    return `array(${body})`;
  }
  if (typeof v === "number") return num(v);
  if (Array.isArray(v)) return `[${v.map(formatValue).join(",\n ")}]`;
  if (typeof v === "object" && v !== null) {
    return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${formatValue(x)}`).join(", ")} }`;
  }
  return String(v);
}

/** Shortens long text for the Testing UI. */
export function clip(s: string, max = 4000): string {
  return s.length <= max ? s : `${s.slice(0, max)}\n… (${s.length - max} more characters)`;
}
