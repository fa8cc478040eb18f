// The lesson page's boot script: a classic script inlined in the page's <head> (built as an IIFE), so it
// runs before the body is parsed, without waiting for any request. It
//  1. adds the faces the first screen draws with from the bytes the page carries (no font request: the
//     CSP's font-src does not apply to FontFace objects made from data), and
//  2. marks "mathlab-painted" after the first frame painted with the first screen parsed and every face
//     it uses loaded; the page script (lesson.ts) takes over from there (lesson/boot-handoff.ts).
// When the page opens elsewhere (at an equation, or at a restored scroll position), the first screen is
// not what the student sees: the boot script leaves the mark to the page script.
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

function opensElsewhere(): boolean {
  const initial = JSON.parse(document.getElementById("root")?.dataset["state"] ?? "{}") as Partial<LessonViewState>;
  const saved = vscodeApi<LessonPersistedState, LessonToExtension>().getState();
  return !!initial.equation || (!!saved && saved.lessonId === initial.lessonId && saved.scrollY > 0);
}

addEmbeddedFaces();
setLessonBoot({
  painted: (async () => {
    let elsewhere: boolean | undefined;
    const painted = await paintedWithFonts(() => {
      if (!firstScreenParsed()) return "wait";
      elsewhere ??= opensElsewhere();
      return elsewhere ? "stop" : "paint";
    });
    if (painted) performance.mark("mathlab-painted");
    return painted;
  })(),
});
