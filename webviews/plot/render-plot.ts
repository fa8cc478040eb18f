// Draws a PlotSpec (line, scatter, heatmap with optional contours, histogram) on a canvas in the
// theme's colours. Used by lesson figures and by the plot panel for ▶ Run results. No inline styles,
// no eval: it fits the webviews' strict CSP.
import type { PlotSpec } from "../../protocol/webview";
import { contourLevels, contourSegments } from "./contours";
import { histogram } from "./histogram";
import { extent, formatTick, linearScale, niceTicks } from "./scales";
import { mix, parseColour, readTheme, type PlotTheme } from "./theme";

export interface PlotHandle {
  redraw(): void;
  dispose(): void;
  readonly canvas: HTMLCanvasElement;
}

const margin = { left: 52, right: 16, top: 12, bottom: 40 };

export function renderPlot(container: HTMLElement, spec: PlotSpec): PlotHandle {
  const canvas = document.createElement("canvas");
  canvas.className = "plot-surface";
  container.replaceChildren(canvas);
  const legend = legendFor(spec);
  if (legend) container.append(legend);
  const draw = (): void => {
    const width = Math.max(200, Math.min(container.clientWidth || 560, 720));
    const height = Math.round(width * (spec.kind === "heatmap" ? 0.75 : 0.55));
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    canvas.setAttribute("width", String(canvas.width));
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawSpec(ctx, spec, width, height, readTheme(container));
    canvas.dataset["drawn"] = spec.kind;
  };
  draw();
  const themeWatch = new MutationObserver(draw);
  themeWatch.observe(document.body, { attributes: true, attributeFilter: ["class"] });
  let lastWidth = container.clientWidth;
  const resize = new ResizeObserver(() => {
    if (container.clientWidth !== lastWidth) { lastWidth = container.clientWidth; draw(); }
  });
  resize.observe(container);
  return { redraw: draw, canvas, dispose: () => { themeWatch.disconnect(); resize.disconnect(); } };
}

function legendFor(spec: PlotSpec): HTMLElement | undefined {
  if ((spec.kind !== "line" && spec.kind !== "scatter") || spec.series.length < 2) return undefined;
  const ul = document.createElement("ul");
  ul.className = "plot-legend";
  spec.series.forEach((s, i) => {
    const li = document.createElement("li");
    li.className = `plot-series-${i % 6}`;
    li.textContent = s.name;
    ul.append(li);
  });
  return ul;
}

function drawSpec(ctx: CanvasRenderingContext2D, spec: PlotSpec, width: number, height: number, theme: PlotTheme): void {
  ctx.clearRect(0, 0, width, height);
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  let xDomain: [number, number];
  let yDomain: [number, number];
  switch (spec.kind) {
    case "line":
    case "scatter": {
      xDomain = extent(spec.series.flatMap((s) => s.x ?? spec.x ?? []));
      yDomain = extent(spec.series.flatMap((s) => s.y));
      break;
    }
    case "heatmap": {
      const cols = spec.z[0]?.length ?? 1;
      if (isMatrix(spec)) {
        // Matrix cells: index i spans [i - 1/2, i + 1/2]; the y domain runs downwards so row 0 is on top.
        xDomain = [-0.5, cols - 0.5];
        yDomain = [spec.z.length - 0.5, -0.5];
        break;
      }
      xDomain = spec.xRange ? [spec.xRange[0], spec.xRange[1]] : [0, cols - 1];
      yDomain = spec.yRange ? [spec.yRange[0], spec.yRange[1]] : [0, spec.z.length - 1];
      break;
    }
    case "histogram": {
      const bins = histogram(spec.values, spec.bins);
      xDomain = [bins.edges[0]!, bins.edges[bins.edges.length - 1]!];
      yDomain = [0, Math.max(1, ...bins.counts)];
      break;
    }
  }
  const x = linearScale(xDomain, [margin.left, margin.left + plotW]);
  const y = linearScale(yDomain, [margin.top + plotH, margin.top]);
  drawAxes(ctx, x, y, theme, spec, width, height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(margin.left, margin.top, plotW, plotH);
  ctx.clip();
  switch (spec.kind) {
    case "line":
    case "scatter":
      spec.series.forEach((s, i) => {
        const xs = s.x ?? spec.x ?? [];
        const colour = theme.series[i % theme.series.length]!;
        ctx.strokeStyle = colour;
        ctx.fillStyle = colour;
        ctx.lineWidth = theme.highContrast ? 2.5 : 1.75;
        if (spec.kind === "line") {
          ctx.setLineDash(i === 0 || !theme.highContrast ? [] : [6, 3 * i]);
          ctx.beginPath();
          s.y.forEach((v, k) => { const px = x(xs[k]!), py = y(v); if (k) ctx.lineTo(px, py); else ctx.moveTo(px, py); });
          ctx.stroke();
        } else {
          for (let k = 0; k < s.y.length; k++) {
            ctx.beginPath();
            ctx.arc(x(xs[k]!), y(s.y[k]!), 3, 0, Math.PI * 2);
            ctx.fill();
          }
        }
      });
      ctx.setLineDash([]);
      break;
    case "heatmap":
      drawHeatmap(ctx, spec, x, y, theme);
      break;
    case "histogram": {
      const bins = histogram(spec.values, spec.bins);
      ctx.fillStyle = theme.series[0]!;
      ctx.strokeStyle = theme.background;
      bins.counts.forEach((c, i) => {
        const x0 = x(bins.edges[i]!), x1 = x(bins.edges[i + 1]!);
        ctx.fillRect(x0, y(c), x1 - x0, y(0) - y(c));
        ctx.strokeRect(x0, y(c), x1 - x0, y(0) - y(c));
      });
      break;
    }
  }
  ctx.restore();
}

function drawHeatmap(ctx: CanvasRenderingContext2D, spec: Extract<PlotSpec, { kind: "heatmap" }>, x: (v: number) => number, y: (v: number) => number, theme: PlotTheme): void {
  const rows = spec.z.length;
  const cols = spec.z[0]?.length ?? 0;
  const [lo, hi] = extent(spec.z.flat());
  const low = parseColour(theme.low);
  const high = parseColour(theme.high);
  if (isMatrix(spec)) {
    drawMatrixCells(ctx, spec, x, y, theme);
    return;
  }
  const [x0, x1] = spec.xRange ?? [0, cols - 1];
  const [y0, y1] = spec.yRange ?? [0, rows - 1];
  // Cells are centred on grid points: half a step beyond the range at each side (clipped).
  const dx = (x1 - x0) / Math.max(1, cols - 1);
  const dy = (y1 - y0) / Math.max(1, rows - 1);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const t = (spec.z[r]![c]! - lo) / (hi - lo || 1);
      const [cr, cg, cb] = mix(low, high, t);
      ctx.fillStyle = `rgb(${cr}, ${cg}, ${cb})`;
      const left = x(x0 + (c - 0.5) * dx), right = x(x0 + (c + 0.5) * dx);
      const top = y(y0 + (r + 0.5) * dy), bottom = y(y0 + (r - 0.5) * dy);
      ctx.fillRect(left, top, right - left + 0.5, bottom - top + 0.5);
    }
  }
  if (spec.contours) {
    ctx.strokeStyle = theme.foreground;
    ctx.lineWidth = 1;
    for (const level of contourLevels(spec.z, spec.contours)) {
      ctx.beginPath();
      for (const [ax, ay, bx, by] of contourSegments(spec.z, level)) {
        ctx.moveTo(x(x0 + ax * dx), y(y0 + ay * dy));
        ctx.lineTo(x(x0 + bx * dx), y(y0 + by * dy));
      }
      ctx.stroke();
    }
  }
}

/** A heatmap without data ranges is a matrix (see PlotSpec in protocol/webview.ts). */
function isMatrix(spec: Extract<PlotSpec, { kind: "heatmap" }>): boolean {
  return spec.xRange === undefined && spec.yRange === undefined;
}

/** Equal cells for a matrix, with the values written in when the matrix is small enough to read. */
function drawMatrixCells(ctx: CanvasRenderingContext2D, spec: Extract<PlotSpec, { kind: "heatmap" }>, x: (v: number) => number, y: (v: number) => number, theme: PlotTheme): void {
  const rows = spec.z.length;
  const cols = spec.z[0]?.length ?? 0;
  const [lo, hi] = extent(spec.z.flat());
  const low = parseColour(theme.low);
  const high = parseColour(theme.high);
  const label = rows <= 12 && cols <= 12;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = spec.z[r]![c]!;
      const t = (v - lo) / (hi - lo || 1);
      const [cr, cg, cb] = mix(low, high, t);
      ctx.fillStyle = `rgb(${cr}, ${cg}, ${cb})`;
      const left = x(c - 0.5), right = x(c + 0.5);
      const top = Math.min(y(r - 0.5), y(r + 0.5)), bottom = Math.max(y(r - 0.5), y(r + 0.5));
      ctx.fillRect(left, top, right - left + 0.5, bottom - top + 0.5);
      if (label) {
        // Text in the colour that contrasts with the cell: the far end of the colour ramp.
        const [tr, tg, tb] = t > 0.5 ? low : high;
        ctx.fillStyle = `rgb(${tr}, ${tg}, ${tb})`;
        ctx.fillText(formatTick(Number(v.toPrecision(3))), (left + right) / 2, (top + bottom) / 2);
      }
    }
  }
}

/** Tick positions and texts for one axis of a matrix heatmap: every index, or names when given. */
function cellTicks(count: number, names: readonly string[] | undefined): { at: number; text: string }[] {
  const step = Math.max(1, Math.ceil(count / 12));
  const ticks: { at: number; text: string }[] = [];
  for (let i = 0; i < count; i += step) ticks.push({ at: i, text: names?.[i] ?? String(i) });
  return ticks;
}

function drawAxes(ctx: CanvasRenderingContext2D, x: ReturnType<typeof linearScale>, y: ReturnType<typeof linearScale>, theme: PlotTheme, spec: PlotSpec, width: number, height: number): void {
  const font = getComputedStyle(document.body).getPropertyValue("--vscode-font-family").trim() || "sans-serif";
  ctx.font = `11px ${font}`;
  ctx.lineWidth = 1;
  const [xl, xh] = x.domain;
  const [yl, yh] = y.domain;
  const left = margin.left, right = width - margin.right, top = margin.top, bottom = height - margin.bottom;
  ctx.strokeStyle = theme.grid;
  ctx.fillStyle = theme.muted;
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  const cells = spec.kind === "heatmap" && isMatrix(spec);
  if (spec.kind === "heatmap" && cells) {
    for (const t of cellTicks(spec.z[0]?.length ?? 0, spec.xLabels)) ctx.fillText(t.text, x(t.at), bottom + 4);
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    for (const t of cellTicks(spec.z.length, spec.yLabels)) ctx.fillText(t.text, left - 6, y(t.at));
  }
  for (const t of cells ? [] : niceTicks(xl, xh)) {
    const px = Math.round(x(t)) + 0.5;
    ctx.globalAlpha = 0.5;
    ctx.beginPath(); ctx.moveTo(px, top); ctx.lineTo(px, bottom); ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.fillText(formatTick(t), px, bottom + 4);
  }
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  for (const t of cells ? [] : niceTicks(yl, yh, 5)) {
    const py = Math.round(y(t)) + 0.5;
    ctx.globalAlpha = 0.5;
    ctx.beginPath(); ctx.moveTo(left, py); ctx.lineTo(right, py); ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.fillText(formatTick(t), left - 6, py);
  }
  ctx.strokeStyle = theme.foreground;
  ctx.strokeRect(left + 0.5, top + 0.5, right - left, bottom - top);
  ctx.fillStyle = theme.foreground;
  if (spec.xLabel) { ctx.textAlign = "center"; ctx.textBaseline = "bottom"; ctx.fillText(spec.xLabel, (left + right) / 2, height - 2); }
  if ("yLabel" in spec && spec.yLabel) {
    ctx.save();
    ctx.translate(12, (top + bottom) / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textAlign = "center"; ctx.textBaseline = "middle";
    ctx.fillText(spec.yLabel, 0, 0);
    ctx.restore();
  }
}
