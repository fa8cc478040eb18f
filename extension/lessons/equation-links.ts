// Equation ↔ code: find the `// eq:label` lines of a lesson's exercises, and the label on a line.
// Pure functions (no `vscode`), shared by the reveal command and the CodeLens.

const label = /\beq:[A-Za-z0-9_.-]*[A-Za-z0-9_]/g;

/** Every `// eq:label` on each line: 0-based line numbers. */
export function equationComments(source: string): { line: number; label: string; column: number }[] {
  const out: { line: number; label: string; column: number }[] = [];
  source.split("\n").forEach((text, line) => {
    const comment = text.indexOf("//");
    if (comment < 0) return;
    for (const m of text.slice(comment).matchAll(label)) out.push({ line, label: m[0], column: comment + m.index });
  });
  return out;
}

export function lineOfEquation(source: string, label: string): number | undefined {
  return equationComments(source).find((c) => c.label === label)?.line;
}
