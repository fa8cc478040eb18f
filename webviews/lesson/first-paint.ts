// When is the first screen of a lesson painted? KaTeX's faces use font-display: block (a face still
// loading draws its glyphs invisible), so "painted" means: a frame was painted whose layout found every
// face it asked for already loaded. The faces loaded when a frame begins (its animation-frame callbacks
// run before its style and layout) are all the faces in use once it is painted. (FontFaceSet's status
// and loadingdone event lag behind the faces themselves by a task or more and would cost a frame.)

/** At the start of a frame: is the content to paint on the page ("paint"), not yet ("wait"), or never ("stop")? */
export type Readiness = "paint" | "wait" | "stop";

interface Frame {
  /** Faces already loaded when the frame began. */
  readonly loaded: ReadonlySet<FontFace>;
  readonly readiness: Readiness;
}

/**
 * Runs `run` in a task after the current one: with scheduler.postTask's highest priority where there is
 * one, so that other queued tasks (a module script that just arrived) do not run first; a message
 * otherwise. Posted from an animation-frame callback, it runs once that frame is painted.
 */
function afterThisTask(run: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
  if (typeof scheduler?.postTask === "function") {
    void scheduler.postTask(run, { priority: "user-blocking" });
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => run();
  channel.port2.postMessage(null);
}

/** Resolves just after the next frame is painted (at its start, when the answer is "stop"). */
const afterNextPaint = (ready: () => Readiness): Promise<Frame> => new Promise((resolve) => requestAnimationFrame(() => {
  const frame: Frame = { loaded: new Set([...document.fonts].filter((f) => f.status === "loaded")), readiness: ready() };
  if (frame.readiness === "stop") resolve(frame);
  else afterThisTask(() => resolve(frame));
}));

/**
 * Resolves true after the first frame that was painted with the content ready at its start and no face
 * in use still loading; false as soon as `ready` says "stop".
 */
export async function paintedWithFonts(ready: () => Readiness = () => "paint"): Promise<boolean> {
  for (;;) {
    const frame = await afterNextPaint(ready);
    if (frame.readiness === "stop") return false;
    if (frame.readiness === "wait") continue;
    // A face still loading, or loaded only since the frame began, was invisible in it: wait, try again.
    if ([...document.fonts].every((f) => f.status === "unloaded" || f.status === "error" || frame.loaded.has(f))) return true;
    await document.fonts.ready;
  }
}
