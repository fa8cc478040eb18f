// The lesson page: derivation steps, copy-as-LaTeX, equation → code, exercise buttons, figures,
// links; persists its state with setState and marks <body data-ready="true"> once painted.
import type { ExtensionToLesson, LessonPersistedState, LessonToExtension, LessonViewState, PlotSpec } from "../protocol/webview";
import { setupCopyLatex } from "./lesson/copy-latex";
import { revealEquation, setupDerivations } from "./lesson/derivations";
import { vscodeApi } from "./lesson/vscode-api";
import { renderPlot } from "./plot/render-plot";

const api = vscodeApi<LessonPersistedState, LessonToExtension>();
const root = document.getElementById("root")!;
const initial = JSON.parse(root.dataset["state"] ?? "{}") as LessonViewState;
const saved = api.getState();
const restored = saved && saved.lessonId === initial.lessonId ? saved : undefined;
let state: LessonPersistedState = restored ?? { lessonId: initial.lessonId, revealed: [], scrollY: 0 };
const save = (patch: Partial<LessonPersistedState>): void => {
  state = { ...state, ...patch };
  api.setState(state);
};
save({});

setupDerivations(state.revealed, (revealed) => save({ revealed }));
setupCopyLatex((latex) => api.postMessage({ type: "copyLatex", latex }));

function flash(el: HTMLElement): void {
  el.scrollIntoView({ block: "center" });
  el.classList.remove("flash");
  void el.offsetWidth;
  el.classList.add("flash");
}

document.addEventListener("click", (e) => {
  const target = e.target as Element | null;
  const exercise = target?.closest<HTMLElement>("button.open-exercise");
  if (exercise) {
    api.postMessage({ type: "openExercise", lessonId: initial.lessonId, exercise: exercise.dataset["exercise"] ?? "" });
    return;
  }
  const hint = target?.closest<HTMLElement>("button.next-hint");
  if (hint) {
    api.postMessage({ type: "showHint", lessonId: initial.lessonId, exercise: hint.dataset["exercise"] ?? "" });
    return;
  }
  const solution = target?.closest<HTMLElement>("button.show-solution");
  if (solution) {
    api.postMessage({ type: "showSolution", lessonId: initial.lessonId, exercise: solution.dataset["exercise"] ?? "" });
    return;
  }
  const code = target?.closest<HTMLElement>("button.eq-code");
  if (code) {
    api.postMessage({ type: "revealEquationInCode", lessonId: initial.lessonId, label: code.dataset["label"] ?? "" });
    return;
  }
  const link = target?.closest<HTMLAnchorElement>("a[href]");
  if (!link) return;
  e.preventDefault();
  const href = link.getAttribute("href") ?? "";
  if (href.startsWith("#eq:")) {
    const el = revealEquation(href.slice(1));
    if (el) flash(el);
  } else if (href.startsWith("#")) {
    document.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
  } else if (link.dataset["lesson"]) {
    const [lessonId, equation] = link.dataset["lesson"].split("#");
    api.postMessage({ type: "openLesson", lessonId: lessonId ?? "", ...(equation ? { equation } : {}) });
  } else if (/^https?:\/\//i.test(href)) {
    // The extension asks before anything leaves the editor.
    api.postMessage({ type: "openExternal", href });
  }
});

window.addEventListener("message", (event: MessageEvent<ExtensionToLesson>) => {
  const msg = event.data;
  switch (msg.type) {
    case "scrollToEquation": {
      const el = revealEquation(msg.label);
      if (el) flash(el);
      return;
    }
    case "copied":
      return;
    case "hint": {
      const box = [...document.querySelectorAll<HTMLElement>("p.hint-text")].find((p) => p.dataset["exercise"] === msg.exercise);
      if (!box) return;
      box.textContent = msg.text;
      box.classList.toggle("locked", msg.locked);
      box.hidden = false;
      return;
    }
    default: {
      const never: never = msg;
      console.warn("unknown message", never);
    }
  }
});

// Figures are drawn when they come near the viewport, never before the first screen is painted: drawing
// reads the container's width, which would lay out the whole lesson up front.
const drawFigure = (figure: HTMLElement): void => {
  const surface = figure.querySelector<HTMLElement>(".plot-canvas");
  try {
    if (surface) renderPlot(surface, JSON.parse(figure.dataset["plot"] ?? "{}") as PlotSpec);
  } catch (e) {
    figure.dataset["error"] = e instanceof Error ? e.message : String(e);
  }
};
const figureWatch = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    figureWatch.unobserve(entry.target);
    drawFigure(entry.target as HTMLElement);
  }
}, { rootMargin: "400px 0px" });

let scrollTimer: number | undefined;
window.addEventListener("scroll", () => {
  clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(() => save({ scrollY: Math.round(window.scrollY) }), 150);
});

// "Painted" means the first screen's math is on screen in its own fonts (KaTeX's fonts use
// font-display: block: until a face arrives, its glyphs are invisible). The page preloads the faces the
// first screen needs (extension/lessons/first-screen-fonts.ts); the mark is set after the first frame
// that was laid out with every requested face already loaded, i.e. no face finished loading after it began.
const preloaded = [...document.querySelectorAll<HTMLLinkElement>("link[rel='preload'][as='font'][data-font]")]
  .map((link) => document.fonts.load(link.dataset["font"] ?? "").catch(() => []));
let lastFontLoaded = 0;
document.fonts.addEventListener("loadingdone", () => { lastFontLoaded = performance.now(); });
/** Resolves just after the next frame is painted, with the time that frame began. */
const afterNextPaint = (): Promise<number> => new Promise((resolve) => requestAnimationFrame((began) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(began);
  channel.port2.postMessage(null);
}));

async function paintFirstScreen(): Promise<void> {
  if (initial.equation) {
    const el = revealEquation(initial.equation);
    if (el) flash(el);
  } else if (state.scrollY) window.scrollTo(0, state.scrollY);
  await Promise.all(preloaded);
  for (;;) {
    const began = await afterNextPaint();
    if (document.fonts.status === "loaded" && lastFontLoaded <= began) break;
    await document.fonts.ready;
  }
  performance.mark("mathlab-painted");
  document.body.dataset["ready"] = "true";
  api.postMessage({ type: "ready" });
  for (const figure of document.querySelectorAll<HTMLElement>("figure.plot")) figureWatch.observe(figure);
}
void paintFirstScreen();
