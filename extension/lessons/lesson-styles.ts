// The lesson page's stylesheets go into its nonce'd <style> instead of <link>s: two extra requests that
// the first paint had to wait for (about 20 ms in a webview) become part of the HTML. KaTeX's stylesheet
// names its fonts relative to itself, so its url(fonts/…) become absolute webview URIs; only the woff2
// files are shipped, so the woff and ttf fallbacks are dropped from each src list. No `vscode` import:
// the extension reads the files (once per session) and hands the text in.

export interface LessonStyles {
  /** katex.min.css as shipped in dist/webviews/katex/ */
  readonly katex: string;
  /** webviews/lesson.css */
  readonly lesson: string;
}

/** The KaTeX font file a preload and the inlined @font-face both name, so the browser fetches it once. */
export function katexFontUri(webviewsBase: string, file: string): string {
  return `${webviewsBase}/katex/fonts/${file}`;
}

/**
 * KaTeX's CSS with every @font-face src reduced to its woff2 source at `webviewsBase`/katex/fonts/.
 * A face without a woff2 source keeps all its sources, made absolute the same way.
 */
export function katexCssWithFonts(css: string, webviewsBase: string): string {
  const item = /url\(\s*["']?fonts\/([^"')]+)["']?\s*\)(\s*format\(\s*["']?([\w-]+)["']?\s*\))?/g;
  const absolute = (file: string, format: string | undefined): string =>
    `url("${cssString(katexFontUri(webviewsBase, file))}")${format ? ` format("${format}")` : ""}`;
  return css.replace(/(src\s*:)([^;}]*)/g, (whole: string, prop: string, list: string) => {
    const sources = [...list.matchAll(item)];
    if (!sources.length) return whole;
    const woff2 = sources.filter((s) => s[3] === "woff2" || (!s[3] && s[1]!.endsWith(".woff2")));
    const kept = woff2.length ? woff2 : sources;
    return prop + kept.map((s) => absolute(s[1]!, s[3])).join(",");
  });
}

/** Text safe inside a double-quoted CSS string. */
function cssString(s: string): string {
  return s.replace(/[\\"\n\r]/g, (c) => (c === "\n" ? "\\a " : c === "\r" ? "\\d " : `\\${c}`));
}

const cache = new WeakMap<LessonStyles, Map<string, string>>();

/** KaTeX's CSS (fonts at `webviewsBase`) then lesson.css, in that cascade order; computed once per base. */
export function lessonStylesheet(styles: LessonStyles, webviewsBase: string): string {
  let byBase = cache.get(styles);
  if (!byBase) cache.set(styles, byBase = new Map());
  let css = byBase.get(webviewsBase);
  if (css === undefined) {
    css = `${katexCssWithFonts(styles.katex, webviewsBase)}\n${styles.lesson}`;
    byBase.set(webviewsBase, css);
  }
  return css;
}
