// KaTeX positions glyphs with style="" attributes, which a strict style-src refuses. The build moves
// every distinct style into a class of a per-lesson stylesheet (served in a nonce'd <style>), and maps
// named colours to the theme's chart colours so coloured terms stay legible in every theme.

const themeColours: Readonly<Record<string, string>> = {
  red: "var(--vscode-charts-red, #e51400)",
  blue: "var(--vscode-charts-blue, #1a85ff)",
  green: "var(--vscode-charts-green, #388a34)",
  orange: "var(--vscode-charts-orange, #d18616)",
  purple: "var(--vscode-charts-purple, #652d90)",
  yellow: "var(--vscode-charts-yellow, #bf8803)",
};

export class StyleSheetBuilder {
  private readonly classes = new Map<string, string>();

  constructor(private readonly prefix = "k") {}

  /** Replaces style="..." attributes in html by classes; returns the rewritten html. */
  extract(html: string): string {
    return html.replace(/ style="([^"]*)"/g, (_all, style: string) => {
      const decl = normaliseStyle(style);
      if (!decl) return "";
      let name = this.classes.get(decl);
      if (!name) {
        name = `${this.prefix}${this.classes.size}`;
        this.classes.set(decl, name);
      }
      return ` data-ks="${name}"`;
    });
  }

  /**
   * Attribute selectors, so rewritten spans keep their KaTeX classes untouched; `!important` gives each
   * declaration the priority the inline style had over katex.css.
   */
  css(): string {
    return [...this.classes]
      .map(([decl, name]) => `[data-ks="${name}"]{${decl.split(";").map((d) => `${d}!important`).join(";")}}`)
      .join("\n");
  }

  get size(): number {
    return this.classes.size;
  }
}

function normaliseStyle(style: string): string {
  return style
    .replace(/&quot;/g, '"')
    .split(";")
    .map((d) => d.trim())
    .filter((d) => d.length > 0 && !/[<>{}]/.test(d))
    .map((d) => {
      const m = /^(color|border-color|background-color)\s*:\s*([a-z]+)$/i.exec(d);
      const colour = m ? themeColours[m[2]!.toLowerCase()] : undefined;
      return m && colour ? `${m[1]}:${colour}` : d;
    })
    .join(";");
}
