// Plot colours from the VS Code theme (CSS variables), re-read whenever the theme changes.

export interface PlotTheme {
  readonly foreground: string;
  readonly muted: string;
  readonly grid: string;
  readonly background: string;
  readonly series: readonly string[];
  /** Heatmap ramp endpoints. */
  readonly low: string;
  readonly high: string;
  readonly highContrast: boolean;
}

function cssVar(style: CSSStyleDeclaration, name: string, fallback: string): string {
  const v = style.getPropertyValue(name).trim();
  return v || fallback;
}

export function readTheme(el: Element = document.body): PlotTheme {
  const style = getComputedStyle(el);
  const dark = document.body.classList.contains("vscode-dark") || document.body.classList.contains("vscode-high-contrast") && !document.body.classList.contains("vscode-high-contrast-light");
  const highContrast = document.body.classList.contains("vscode-high-contrast") || document.body.classList.contains("vscode-high-contrast-light");
  const foreground = cssVar(style, "--vscode-editor-foreground", dark ? "#cccccc" : "#333333");
  return {
    foreground,
    muted: cssVar(style, "--vscode-descriptionForeground", dark ? "#9d9d9d" : "#717171"),
    grid: highContrast ? foreground : cssVar(style, "--vscode-editorWidget-border", dark ? "#454545" : "#c8c8c8"),
    background: cssVar(style, "--vscode-editor-background", dark ? "#1e1e1e" : "#ffffff"),
    series: [
      cssVar(style, "--vscode-charts-blue", "#3794ff"),
      cssVar(style, "--vscode-charts-orange", "#d18616"),
      cssVar(style, "--vscode-charts-green", "#89d185"),
      cssVar(style, "--vscode-charts-red", "#f14c4c"),
      cssVar(style, "--vscode-charts-purple", "#b180d7"),
      cssVar(style, "--vscode-charts-yellow", "#cca700"),
    ],
    low: cssVar(style, "--vscode-editor-background", dark ? "#1e1e1e" : "#ffffff"),
    high: cssVar(style, "--vscode-charts-blue", "#3794ff"),
    highContrast,
  };
}

/** Parses #rgb, #rrggbb(aa) and rgb()/rgba() into [r, g, b] (0..255). */
export function parseColour(c: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3,8})$/i.exec(c.trim());
  if (hex) {
    const h = hex[1]!;
    const full = h.length <= 4 ? [...h.slice(0, 3)].map((d) => d + d).join("") : h.slice(0, 6);
    return [parseInt(full.slice(0, 2), 16), parseInt(full.slice(2, 4), 16), parseInt(full.slice(4, 6), 16)];
  }
  const rgb = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(c);
  if (rgb) return [+rgb[1]!, +rgb[2]!, +rgb[3]!];
  return [128, 128, 128];
}

export function mix(a: [number, number, number], b: [number, number, number], t: number): [number, number, number] {
  return [0, 1, 2].map((i) => Math.round(a[i]! + (b[i]! - a[i]!) * t)) as [number, number, number];
}
