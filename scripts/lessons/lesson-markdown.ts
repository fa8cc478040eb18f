// Lesson markdown → HTML with prerendered KaTeX, numbered labelled equations, derivation blocks and
// plot figures. Raw HTML is off; every problem is collected with its 0-based body line.
import MarkdownIt from "markdown-it";

type Md = InstanceType<typeof MarkdownIt>;
import type { StateCore, Token } from "markdown-it";
import { chunkSizeCss, lessonChunks } from "./chunks";
import { parseDerivation } from "./derivation";
import { StyleSheetBuilder } from "./inline-styles";
import { mathSyntax } from "./math-syntax";
import { checkPlotSpec } from "./plot-spec";
import { typeset, type Macros } from "./typeset";

export interface RenderedEquation {
  readonly label: string;
  readonly latex: string;
  readonly number: number;
  /** 0-based body line. */
  readonly line: number;
}

export interface RenderedBody {
  readonly html: string;
  /** Class rules for the KaTeX inline styles (see inline-styles.ts) and the chunks' placeholder heights (chunks.ts). */
  readonly css: string;
  readonly equations: readonly RenderedEquation[];
  /** `#eq:...` and `lesson:...` link targets, with 0-based body lines. */
  readonly links: readonly { readonly target: string; readonly line: number }[];
  readonly problems: readonly { readonly line: number; readonly message: string }[];
}

export interface RenderOptions {
  readonly macros: Macros;
  /** Labels that some exercise line refers to with `// eq:label`: their equations get a "show in code" button. */
  readonly labelsInCode?: ReadonlySet<string>;
  /** false leaves formulas empty (only their data-latex): the benchmark's run-time typesetting pages. */
  readonly typeset?: boolean;
}

interface Env {
  readonly options: RenderOptions;
  readonly styles: StyleSheetBuilder;
  readonly equations: RenderedEquation[];
  readonly links: { target: string; line: number }[];
  readonly problems: { line: number; message: string }[];
  /** Line of the inline text being parsed by renderInline (derivation reasons). */
  inlineLine: number;
}

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

function math(env: Env, latex: string, display: boolean, line: number): string {
  if (env.options.typeset === false) return "";
  const r = typeset(latex, display, env.options.macros);
  if (!r.ok) {
    env.problems.push({ line, message: r.message });
    return `<code class="math-error">${esc(latex)}</code>`;
  }
  return env.styles.extract(r.html);
}

function addEquation(env: Env, label: string | undefined, latex: string, line: number): number | undefined {
  if (!label) return undefined;
  if (env.equations.some((e) => e.label === label)) {
    env.problems.push({ line, message: `label ${label} is defined twice` });
    return undefined;
  }
  const number = env.equations.length + 1;
  env.equations.push({ label, latex, number, line });
  return number;
}

function equationHtml(env: Env, latex: string, label: string | undefined, number: number | undefined, body: string, extraClass = ""): string {
  const codeButton = label && env.options.labelsInCode?.has(label)
    ? `<button type="button" class="eq-code" data-label="${esc(label)}" title="Show the line of code that implements this equation">Show in code</button>`
    : "";
  return `<div class="equation${extraClass}"${label ? ` id="${esc(label)}" data-label="${esc(label)}"` : ""} data-latex="${esc(latex)}">`
    + `<div class="equation-body">${body}</div>`
    + (number !== undefined ? `<span class="eq-number">(${number})</span>` : "")
    + `<span class="equation-tools"><button type="button" class="copy-latex" title="Copy as LaTeX">Copy LaTeX</button>${codeButton}</span>`
    + `</div>`;
}

/**
 * Core rule: typeset math, derivations and figures in document order (so equation numbers follow the
 * text) where their lines are known, and collect link targets.
 */
function typesetRule(md: Md, state: StateCore): void {
  const env = state.env as unknown as Env;
  for (const block of state.tokens) {
    if (block.type === "fence") {
      const lang = block.info.trim().split(/\s+/)[0];
      if (lang === "derivation") block.meta = { html: renderDerivation(md, env, block) };
      if (lang === "plot") block.meta = { html: renderPlot(env, block) };
      continue;
    }
    if (block.type === "math_block") {
      const line = block.map?.[0] ?? 0;
      const meta = block.meta as { label: string | undefined; trailing: string };
      if (meta.trailing) env.problems.push({ line, message: `unexpected text after $$: "${meta.trailing}" (a label is written {#eq:name})` });
      const number = addEquation(env, meta.label, block.content, line);
      block.meta = { ...meta, number, html: math(env, block.content, true, line) };
    }
    if (block.type !== "inline" || !block.children) continue;
    const base = state.inlineMode ? env.inlineLine : block.map?.[0] ?? 0;
    let breaks = 0;
    for (const child of block.children) {
      if (child.type === "softbreak" || child.type === "hardbreak") breaks++;
      if (child.type === "math_inline") {
        const line = base + (child.meta as { lineOffset: number }).lineOffset;
        child.meta = { html: math(env, child.content, false, line) };
      } else if (child.type === "link_open") {
        const href = String(child.attrGet("href") ?? "");
        if (href.startsWith("#eq:") || href.startsWith("lesson:")) env.links.push({ target: href, line: base + breaks });
        if (href.startsWith("lesson:")) child.attrSet("data-lesson", href.slice("lesson:".length));
      }
    }
  }
}

function renderDerivation(md: Md, env: Env, token: Token): string {
  const first = (token.map?.[0] ?? 0) + 1;
  const d = parseDerivation(token.content);
  for (const p of d.problems) env.problems.push({ line: first + p.line, message: p.message });
  const steps = d.steps.map((step, i) => {
    const line = first + step.line;
    const number = addEquation(env, step.label, step.latex, line);
    const body = math(env, step.latex, true, line);
    env.inlineLine = line;
    const reason = md.renderInline(step.reason, env as unknown as Record<string, unknown>);
    // Steps after the first start hidden in the markup, so the first paint needs no script.
    return `<li class="derivation-step" data-step="${i}"${i > 0 ? " hidden" : ""}>${equationHtml(env, step.latex, step.label, number, body)}`
      + `<p class="derivation-reason">${reason}</p></li>`;
  }).join("");
  const title = d.title ? `<p class="derivation-title">${md.renderInline(d.title, env as unknown as Record<string, unknown>)}</p>` : "";
  // The controls as the page script leaves them with the first step shown (webviews/lesson/derivations.ts).
  const done = d.steps.length <= 1 ? " disabled" : "";
  return `<section class="derivation" data-steps="${d.steps.length}">${title}<ol class="derivation-steps">${steps}</ol>`
    + `<div class="derivation-controls"><button type="button" class="derivation-next"${done}>Next step</button>`
    + `<button type="button" class="derivation-all"${done}>Show all</button>`
    + `<span class="derivation-progress" aria-live="polite">Step 1 of ${d.steps.length}</span></div></section>\n`;
}

function renderPlot(env: Env, token: Token): string {
  const line = (token.map?.[0] ?? 0) + 1;
  const r = checkPlotSpec(token.content);
  if (!r.ok) {
    env.problems.push({ line, message: r.message });
    return "";
  }
  const title = typeof r.spec["title"] === "string" ? `<figcaption>${esc(r.spec["title"])}</figcaption>` : "";
  return `<figure class="plot" data-plot="${esc(JSON.stringify(r.spec))}"><div class="plot-canvas" role="img" aria-label="${esc(String(r.spec["title"] ?? r.spec["kind"]))}"></div>${title}</figure>\n`;
}

export function createLessonMarkdown(): Md {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.use(mathSyntax);
  md.core.ruler.after("inline", "typeset_math", (state) => typesetRule(md, state));
  md.use(lessonChunks);
  md.renderer.rules["math_inline"] = (tokens, idx) => {
    const t = tokens[idx]!;
    return `<span class="math" data-latex="${esc(t.content)}">${(t.meta as { html: string }).html}</span>`;
  };
  md.renderer.rules["math_block"] = (tokens, idx, _opts, env: unknown) => {
    const t = tokens[idx]!;
    const meta = t.meta as { label: string | undefined; number: number | undefined; html: string };
    return equationHtml(env as Env, t.content, meta.label, meta.number, meta.html) + "\n";
  };
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, opts, env, self) => {
    const t = tokens[idx]!;
    const lang = t.info.trim().split(/\s+/)[0];
    if (lang === "derivation" || lang === "plot") return (t.meta as { html: string }).html;
    return fence(tokens, idx, opts, env, self);
  };
  return md;
}

export function renderLessonBody(markdown: string, options: RenderOptions, md: Md = createLessonMarkdown()): RenderedBody {
  const env: Env = { options, styles: new StyleSheetBuilder(), equations: [], links: [], problems: [], inlineLine: 0 };
  const html = md.render(markdown, env as unknown as Record<string, unknown>);
  const css = [env.styles.css(), chunkSizeCss(html)].filter((c) => c).join("\n");
  return { html, css, equations: env.equations, links: env.links, problems: env.problems };
}
