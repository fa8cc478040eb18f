// The lesson page's boot script: a classic script inlined in the page's <head> (built as an IIFE), so it
// runs before the body is parsed, without waiting for any request. It
//  1. adds the faces the first screen draws with from the bytes the page carries (no font request: the
//     CSP's font-src does not apply to FontFace objects made from data), and
//  2. marks "mathlab-painted" after the first frame painted with the first screen parsed and every face
//     it uses loaded, laying out no more of the lesson in that frame than the viewport shows; the page
//     script (lesson.ts) takes over from there (lesson/boot-handoff.ts).
// When the page opens elsewhere (at an equation, or with a scroll position or revealed derivation steps
// to restore), the first screen is not what the student sees: the boot script leaves the mark to the
// page script.
import { embeddedFontsId, type EmbeddedFontFace, type LessonPersistedState, type LessonToExtension, type LessonViewState } from "../protocol/webview";
import { setLessonBoot } from "./lesson/boot-handoff";
import { paintedWithFonts } from "./lesson/first-paint";
import { vscodeApi } from "./lesson/vscode-api";

/** Base64 → bytes: the built-in decoder where there is one (Chromium 140+), a loop over atob otherwise. */
function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const typed = Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> };
  if (typeof typed.fromBase64 === "function") return typed.fromBase64(base64);
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function addEmbeddedFaces(): void {
  let faces: EmbeddedFontFace[] = [];
  try {
    faces = JSON.parse(document.getElementById(embeddedFontsId)?.textContent || "[]") as EmbeddedFontFace[];
  } catch {
    // A broken block only costs speed: KaTeX's @font-face rules for the other faces still apply.
  }
  for (const f of faces) {
    const face = new FontFace(f.family, bytesOf(f.data), { style: f.style, weight: f.weight, display: "block" });
    face.loaded.catch(() => { /* a bad face is reported by status "error"; the frame check skips it */ });
    document.fonts.add(face);
  }
}

/** The first screen is parsed once the element after the lesson body exists, or the whole document is. */
const firstScreenParsed = (): boolean =>
  document.readyState !== "loading" || !!document.querySelector("article.lesson-body")?.nextElementSibling;

/** Does the page open at an equation, or with saved state (scroll position, revealed steps) to restore first? */
function opensElsewhere(): boolean {
  const initial = JSON.parse(document.getElementById("root")?.dataset["state"] ?? "{}") as Partial<LessonViewState>;
  const saved = vscodeApi<LessonPersistedState, LessonToExtension>().getState();
  const restores = !!saved && saved.lessonId === initial.lessonId && (saved.scrollY > 0 || saved.revealed.some((n) => n > 1));
  return !!initial.equation || restores;
}

/**
 * Lays out the first frame's chunks and no more: Chromium's content-visibility: auto would also lay out
 * the chunks within half a viewport below the visible area, which the first frame does not show. Until
 * the frame is painted, the chunks that fill the viewport get content-visibility: visible, the others
 * hidden. Which ones fill it is measured, not guessed (estimated heights are off by a factor of 0.5 to
 * 1, depending on the width): starting from the first, the next chunk is shown while the last one shown
 * ends above the bottom of the viewport. Each measurement lays out one more chunk, which the frame would
 * do anyway. Returns the chunks to set back to content-visibility: auto once painted.
 */
function layOutFirstScreenOnly(): HTMLElement[] {
  const chunks = [...document.querySelectorAll<HTMLElement>("article.lesson-body > .lesson-chunk")];
  chunks.forEach((chunk, i) => chunk.classList.add(i === 0 ? "first-screen" : "until-painted"));
  for (let shown = 1; shown < chunks.length && chunks[shown - 1]!.getBoundingClientRect().bottom < window.innerHeight; shown++) {
    chunks[shown]!.classList.replace("until-painted", "first-screen");
  }
  return chunks;
}

const bootStart = performance.now();
addEmbeddedFaces();
performance.measure("mathlab-boot", { start: bootStart });
setLessonBoot({
  painted: (async () => {
    let elsewhere: boolean | undefined;
    let touched: HTMLElement[] = [];
    const painted = await paintedWithFonts(() => {
      if (!firstScreenParsed()) return "wait";
      if (elsewhere === undefined) {
        elsewhere = opensElsewhere();
        if (!elsewhere) touched = layOutFirstScreenOnly();
      }
      return elsewhere ? "stop" : "paint";
    });
    if (painted) performance.mark("mathlab-painted");
    for (const chunk of touched) chunk.classList.remove("first-screen", "until-painted");
    return painted;
  })(),
});
