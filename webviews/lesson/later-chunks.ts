// The chunks of the lesson body that the initial HTML leaves out (extension/lessons/lesson-chunks.ts):
// an inert JSON array of HTML strings in <script type="application/json" id="later-chunks">, appended to
// the lesson body after the first screen is painted, a few at a time while the page is idle, or at once
// when something asks for content that is not on the page yet (an equation, a scroll position).

export interface LaterChunks {
  /** Chunks not appended yet. */
  readonly left: () => number;
  /** Appends the chunks up to and including the first whose HTML contains `needle` (all of them when none does). */
  readonly appendThrough: (needle?: string) => void;
  /** Appends the rest in idle slices; resolves once nothing is left. */
  readonly appendWhenIdle: () => Promise<void>;
}

interface Deadline { timeRemaining(): number }

const whenIdle = (run: (deadline: Deadline) => void): void => {
  if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: 250 });
  else setTimeout(() => run({ timeRemaining: () => 8 }), 16);
};

/** `onAppended` gets the new top-level elements of the body, in order, after each append. */
export function laterChunks(body: HTMLElement, onAppended: (added: Element[]) => void): LaterChunks {
  let pending: string[] | undefined;
  const queue = (): string[] => {
    if (!pending) {
      const data = document.getElementById("later-chunks");
      pending = data ? JSON.parse(data.textContent || "[]") as string[] : [];
      data?.remove();
    }
    return pending;
  };
  const append = (count: number): void => {
    const html = queue().splice(0, count);
    if (!html.length) return;
    const before = body.children.length;
    body.insertAdjacentHTML("beforeend", html.join(""));
    onAppended([...body.children].slice(before));
  };
  return {
    left: () => queue().length,
    appendThrough: (needle) => {
      const q = queue();
      const at = needle === undefined ? -1 : q.findIndex((html) => html.includes(needle));
      append(at < 0 ? q.length : at + 1);
    },
    appendWhenIdle: () => new Promise((resolve) => {
      const slice = (deadline: Deadline): void => {
        // At least one chunk per slice, more while the frame has time to spare.
        do append(1); while (queue().length && deadline.timeRemaining() > 4);
        if (queue().length) whenIdle(slice);
        else resolve();
      };
      if (queue().length) whenIdle(slice);
      else resolve();
    }),
  };
}
