// KaTeX at build time: strict (any warning is an error), untrusted (no \href, \url, \htmlClass...),
// with the course macro preamble from lessons/macros.json.
//
// HTML output only, without KaTeX's hidden MathML twin: the twin was a second, invisible copy of every
// formula that Chromium still styled and laid out (a third of a lesson's elements). Assistive technology
// gets the LaTeX source instead, as the formula's accessible name (role="math" + aria-label), which is
// what screen-reader users of technical material commonly read anyway; copying uses the same source.
import katex from "katex";

export type Macros = Readonly<Record<string, string>>;

export type TypesetResult = { ok: true; html: string } | { ok: false; message: string };

export function typeset(latex: string, displayMode: boolean, macros: Macros): TypesetResult {
  try {
    const html = katex.renderToString(latex, {
      displayMode,
      // KaTeX writes \gdef definitions into the object it is given: a fresh copy per formula.
      macros: { ...macros },
      strict: "error",
      trust: false,
      throwOnError: true,
      output: "html",
      errorColor,
    });
    const refused = untrustedCommand(html);
    if (refused) return { ok: false, message: `KaTeX: ${refused} is not allowed in lessons (untrusted command)` };
    return { ok: true, html: labelled(html, latex) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, message: message.startsWith("KaTeX") ? message : `KaTeX: ${message}` };
  }
}

const errorColor = "#cc0000";

/** With trust: false KaTeX renders a refused command as its name in the error colour; the build rejects it. */
function untrustedCommand(html: string): string | undefined {
  const m = /color:#cc0000;?">(\\(?:href|url|includegraphics|htmlClass|htmlId|htmlStyle|htmlData))<\/span>/.exec(html);
  return m?.[1];
}

const escapeAttribute = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The formula's accessible name is its LaTeX source (KaTeX already hides its glyph spans from readers). */
function labelled(html: string, latex: string): string {
  const name = escapeAttribute(latex.replace(/\s+/g, " ").trim());
  return html.replace('<span class="katex">', `<span class="katex" role="math" aria-label="${name}">`);
}
