// The lesson page: derivation steps, copy-as-LaTeX, equation → code, exercise buttons, figures,
// links; persists its state with setState and marks <body data-ready="true"> once the first screen is
// painted. The rest of the lesson arrives after that (lesson/later-chunks.ts): everything below either
// listens on the document or is applied to each appended chunk. <body data-complete="true"> says the
// whole lesson is on the page.
import type { ExtensionToLesson, LessonPersistedState, LessonToExtension, LessonViewState, PlotSpec } from "../protocol/webview";
import { lessonBoot } from "./lesson/boot-handoff";
import { setupCopyLatex } from "./lesson/copy-latex";
import { revealEquation, setupDerivations } from "./lesson/derivations";
import { paintedWithFonts } from "./lesson/first-paint";
import { laterChunks } from "./lesson/later-chunks";
import { vscodeApi } from "./lesson/vscode-api";
import { renderPlot } from "./plot/render-plot";

// The boot script in <head> usually sees the first screen painted before this module arrives (or while
// it waits to run); until it has, this script touches nothing, so that its own work (wiring, restored
// state) neither delays that frame nor slips between the frame and the mark. When the page opens
// elsewhere (an equation, a restored scroll position or derivation steps), the boot script says so at
// once and the first paint is this script's to mark.
const boot = lessonBoot();
const markedByBoot = boot ? await boot.painted : false;

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

const derivations = setupDerivations(state.revealed, (revealed) => save({ revealed }));
derivations.wire(document);
setupCopyLatex((latex) => api.postMessage({ type: "copyLatex", latex }));

let painted = false;
const later = laterChunks(document.querySelector<HTMLElement>(".lesson-body") ?? root, (added) => {
  for (const chunk of added) {
    derivations.wire(chunk);
    if (painted) for (const figure of chunk.querySelectorAll<HTMLElement>("figure.plot")) figureWatch.observe(figure);
  }
});

/** The element with this id, appending later chunks first when it is in one of them. */
function elementById(id: string): HTMLElement | null {
  if (!document.getElementById(id) && later.left()) later.appendThrough(`id="${id.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`);
  return document.getElementById(id);
}

/** Shows an equation (revealing derivation steps up to it) and draws the eye to it. */
function showEquation(label: string): void {
  if (!elementById(label)) return;
  const el = revealEquation(label);
  if (el) flash(el);
}

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
    showEquation(href.slice(1));
  } else if (href.startsWith("#")) {
    elementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
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
    case "scrollToEquation":
      showEquation(msg.label);
      return;
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

// "Painted": the first screen's math is on screen in its own fonts (lesson/first-paint.ts).
async function paintFirstScreen(): Promise<void> {
  if (!markedByBoot) {
    if (initial.equation) showEquation(initial.equation);
    else if (state.scrollY) {
      // Back where the student left off: that place may be in any chunk.
      later.appendThrough();
      window.scrollTo(0, state.scrollY);
    }
    await paintedWithFonts();
    performance.mark("mathlab-painted");
  }
  document.body.dataset["ready"] = "true";
  painted = true;
  api.postMessage({ type: "ready" });
  for (const figure of document.querySelectorAll<HTMLElement>("figure.plot")) figureWatch.observe(figure);
  await later.appendWhenIdle();
  performance.mark("mathlab-complete");
  document.body.dataset["complete"] = "true";
}
void paintFirstScreen();
