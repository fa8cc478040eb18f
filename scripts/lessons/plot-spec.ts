// The JSON inside a ```plot block. The same shape is what the webview's plot renderer draws
// (webviews/plot/spec.ts re-declares it for the browser side; keep both in step).

const kinds = ["line", "scatter", "heatmap", "histogram"] as const;

export function checkPlotSpec(text: string): { ok: true; spec: Record<string, unknown> } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `plot: invalid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, message: "plot: expected a JSON object" };
  const spec = value as Record<string, unknown>;
  const kind = spec["kind"];
  if (typeof kind !== "string" || !(kinds as readonly string[]).includes(kind)) {
    return { ok: false, message: `plot: "kind" must be one of ${kinds.join(", ")}` };
  }
  const numbers = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === "number" && Number.isFinite(x));
  const series = spec["series"];
  switch (kind) {
    case "line":
    case "scatter": {
      if (!Array.isArray(series) || !series.length) return { ok: false, message: `plot: a ${kind} plot needs "series": [{ "name", "y" }]` };
      for (const s of series as unknown[]) {
        const entry = s as Record<string, unknown>;
        if (typeof s !== "object" || s === null || !numbers(entry["y"])) return { ok: false, message: 'plot: each series needs a numeric "y" array' };
        const xs = entry["x"] ?? spec["x"];
        if (!numbers(xs) || (xs as number[]).length !== (entry["y"] as number[]).length) {
          return { ok: false, message: 'plot: each series needs an "x" array (its own or the plot\'s) as long as its "y"' };
        }
      }
      break;
    }
    case "heatmap": {
      const z = spec["z"];
      if (!Array.isArray(z) || !z.length || !z.every(numbers) || !z.every((row) => (row as number[]).length === (z[0] as number[]).length)) {
        return { ok: false, message: 'plot: a heatmap needs "z": a rectangular array of number rows' };
      }
      break;
    }
    case "histogram": {
      if (!numbers(spec["values"]) || !(spec["values"] as number[]).length) return { ok: false, message: 'plot: a histogram needs "values": [numbers]' };
      break;
    }
  }
  return { ok: true, spec };
}
