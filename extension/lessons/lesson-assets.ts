// What every lesson page carries inline, read once per session by the extension and handed in as text
// (no `vscode` import here): KaTeX's and the lesson's stylesheets, the page's boot script, and the KaTeX
// font files its first screen may need. Inlining the stylesheets saves two requests the first paint
// had to wait for; the first screen's faces go inside the page too (first-screen-fonts.ts), the others
// stay @font-face rules that point at the extension's files. KaTeX's stylesheet names its fonts relative
// to itself, so its url(fonts/…) become absolute webview URIs; only the woff2 files are shipped, so the
// woff and ttf fallbacks are dropped from each src list.

export interface LessonAssets {
  /** katex.min.css as shipped in dist/webviews/katex/ */
  readonly katex: string;
  /** webviews/lesson.css */
  readonly lesson: string;
  /** dist/webviews/lesson-boot.js: a classic script, run from the page's <head> */
  readonly boot: string;
  /** Base64 of KaTeX woff2 files, by file name (those a first screen may need; first-screen-fonts.ts). */
  readonly fonts: Readonly<Record<string, string>>;
}

/** An @font-face rule taken out of KaTeX's stylesheet because the page carries the face itself. */
export interface FaceRule {
  readonly file: string;
  readonly family: string;
  readonly style: string;
  readonly weight: string;
}

/** The KaTeX font file that @font-face rules name, as a webview URI. */
export function katexFontUri(webviewsBase: string, file: string): string {
  return `${webviewsBase}/katex/fonts/${file}`;
}

const sourceItem = /url\(\s*["']?fonts\/([^"')]+)["']?\s*\)(\s*format\(\s*["']?([\w-]+)["']?\s*\))?/g;
const descriptor = (rule: string, name: string, fallback: string): string =>
  new RegExp(`(?:^|[;{\\s])${name}\\s*:\\s*([^;}]+)`).exec(rule)?.[1]?.trim().replace(/^["']|["']$/g, "") ?? fallback;

/**
 * KaTeX's CSS with every @font-face src reduced to its woff2 source at `webviewsBase`/katex/fonts/ (a
 * face without a woff2 source keeps all its sources, made absolute the same way). The rules whose woff2
 * file is in `embedded` are taken out and returned in `faces`.
 */
export function katexCssWithFonts(css: string, webviewsBase: string, embedded: ReadonlySet<string> = new Set()): { css: string; faces: FaceRule[] } {
  const faces: FaceRule[] = [];
  const absolute = (file: string, format: string | undefined): string =>
    `url("${cssString(katexFontUri(webviewsBase, file))}")${format ? ` format("${format}")` : ""}`;
  const out = css.replace(/@font-face\s*\{[^}]*\}/g, (rule) => {
    const sources = [...rule.matchAll(sourceItem)];
    if (!sources.length) return rule;
    const woff2 = sources.filter((s) => s[3] === "woff2" || (!s[3] && s[1]!.endsWith(".woff2")));
    if (woff2.length === 1 && embedded.has(woff2[0]![1]!)) {
      faces.push({ file: woff2[0]![1]!, family: descriptor(rule, "font-family", ""), style: descriptor(rule, "font-style", "normal"), weight: descriptor(rule, "font-weight", "400") });
      return "";
    }
    const kept = woff2.length ? woff2 : sources;
    return rule.replace(/(src\s*:)([^;}]*)/, (_whole, prop: string) => prop + kept.map((s) => absolute(s[1]!, s[3])).join(","));
  });
  return { css: out, faces };
}

/** Text safe inside a double-quoted CSS string. */
function cssString(s: string): string {
  return s.replace(/[\\"\n\r]/g, (c) => (c === "\n" ? "\\a " : c === "\r" ? "\\d " : `\\${c}`));
}

const cache = new WeakMap<LessonAssets, Map<string, { css: string; faces: FaceRule[] }>>();

/**
 * KaTeX's CSS (fonts at `webviewsBase`, the `embedded` files' rules taken out) then lesson.css, in that
 * cascade order; computed once per base and set of embedded files.
 */
export function lessonStylesheet(assets: LessonAssets, webviewsBase: string, embedded: readonly string[] = []): { css: string; faces: readonly FaceRule[] } {
  let byKey = cache.get(assets);
  if (!byKey) cache.set(assets, byKey = new Map());
  const key = `${webviewsBase}\n${[...embedded].sort().join(",")}`;
  let sheet = byKey.get(key);
  if (!sheet) {
    const katex = katexCssWithFonts(assets.katex, webviewsBase, new Set(embedded));
    sheet = { css: `${katex.css}\n${assets.lesson}`, faces: katex.faces };
    byKey.set(key, sheet);
  }
  return sheet;
}
