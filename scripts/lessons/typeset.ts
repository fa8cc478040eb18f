// KaTeX at build time: strict (any warning is an error), untrusted (no \href, \url, \htmlClass...),
// with the course macro preamble from lessons/macros.json.
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
      output: "htmlAndMathml",
    });
    const refused = untrustedCommand(html);
    if (refused) return { ok: false, message: `KaTeX: ${refused} is not allowed in lessons (untrusted command)` };
    return { ok: true, html };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, message: message.startsWith("KaTeX") ? message : `KaTeX: ${message}` };
  }
}

/** With trust: false KaTeX renders a refused command as its name in the error colour; the build rejects it. */
function untrustedCommand(html: string): string | undefined {
  const m = /<mtext>(\\(?:href|url|includegraphics|htmlClass|htmlId|htmlStyle|htmlData))<\/mtext>/.exec(html);
  return m?.[1];
}
