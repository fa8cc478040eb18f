// A ```derivation block: optional `title: ...` + `---`, then steps separated by blank lines; each step is
// LaTeX lines (optionally ending in {#eq:label}) followed by `> ` lines that justify it.

export interface DerivationStep {
  readonly latex: string;
  readonly label: string | undefined;
  /** Markdown (inline math allowed) explaining the step. */
  readonly reason: string;
  /** 0-based line within the block's content where the step starts. */
  readonly line: number;
}

export interface Derivation {
  readonly title: string | undefined;
  readonly steps: readonly DerivationStep[];
  readonly problems: readonly { line: number; message: string }[];
}

const labelAtEnd = /\s*\{#(eq:[A-Za-z0-9_.-]+)\}\s*$/;

export function splitLabel(latex: string): { latex: string; label: string | undefined } {
  const m = labelAtEnd.exec(latex);
  return m ? { latex: latex.slice(0, m.index), label: m[1] } : { latex, label: undefined };
}

export function parseDerivation(content: string): Derivation {
  const lines = content.replace(/\n$/, "").split("\n");
  const problems: { line: number; message: string }[] = [];
  let start = 0;
  let title: string | undefined;
  const sep = lines.findIndex((l) => l.trim() === "---");
  if (/^title:/.test(lines[0] ?? "")) {
    title = lines[0]!.slice("title:".length).trim();
    if (sep !== 1) problems.push({ line: 1, message: "derivation: a `title:` line must be followed by `---`" });
    start = sep >= 0 ? sep + 1 : 1;
  }
  const steps: DerivationStep[] = [];
  let math: string[] = [];
  let reason: string[] = [];
  let stepLine = -1;
  const flush = (): void => {
    if (stepLine < 0) return;
    if (!math.length) problems.push({ line: stepLine, message: "derivation: a step needs its equation before the `> ` justification" });
    else {
      if (!reason.length) problems.push({ line: stepLine, message: "derivation: every step needs a `> ` line saying why it holds" });
      const { latex, label } = splitLabel(math.join("\n"));
      steps.push({ latex: latex.trim(), label, reason: reason.join(" ").trim(), line: stepLine });
    }
    math = [];
    reason = [];
    stepLine = -1;
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") { flush(); continue; }
    if (stepLine < 0) stepLine = i;
    if (/^>\s?/.test(line)) reason.push(line.replace(/^>\s?/, ""));
    else if (reason.length) {
      problems.push({ line: i, message: "derivation: equation lines after the justification; separate steps by a blank line" });
    } else math.push(line);
  }
  flush();
  if (!steps.length && !problems.length) problems.push({ line: start, message: "derivation: no steps" });
  return { title, steps, problems };
}
