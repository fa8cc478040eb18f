// Step-by-step derivations: the first step shows, "Next step" (or → / ↓ / Space on the focused
// derivation) reveals the next with its justification, ← hides one again, "Show all" reveals the rest.
// Buttons and keys are handled once on the document, so derivations in chunks appended later work too;
// `wire` prepares the derivations of newly added content (in document order) and restores their steps.

export interface Derivations {
  /** Prepares every derivation below `scope` that is not prepared yet. */
  readonly wire: (scope: ParentNode) => void;
  /** How many steps of the n-th derivation of the lesson are shown. */
  readonly revealed: (n: number) => number;
}

export function setupDerivations(initial: readonly number[], onChange: (revealed: number[]) => void): Derivations {
  // Saved counts of derivations not on the page yet are kept, so saving early does not lose them.
  const counts = [...initial];
  let wired = 0;
  const show = (section: HTMLElement, n: number): void => {
    const i = Number(section.dataset["index"]);
    const steps = stepsOf(section);
    const count = Math.max(1, Math.min(n, steps.length));
    counts[i] = count;
    // Only steps whose visibility changes are touched (the markup already hides all but the first).
    steps.forEach((step, k) => { if (step.hidden !== k >= count) step.hidden = k >= count; });
    const done = count === steps.length;
    const next = section.querySelector<HTMLButtonElement>(".derivation-next");
    const all = section.querySelector<HTMLButtonElement>(".derivation-all");
    if (next && next.disabled !== done) next.disabled = done;
    if (all && all.disabled !== done) all.disabled = done;
    section.dataset["revealed"] = String(count);
    const progress = section.querySelector<HTMLElement>(".derivation-progress");
    const text = `Step ${count} of ${steps.length}`;
    if (progress && progress.textContent !== text) progress.textContent = text;
  };
  const current = (section: HTMLElement): number => counts[Number(section.dataset["index"])] ?? 1;
  const changed = (): void => onChange([...counts]);

  document.addEventListener("click", (e) => {
    const button = (e.target as Element | null)?.closest<HTMLButtonElement>(".derivation-next, .derivation-all");
    const section = button?.closest<HTMLElement>("section.derivation[data-index]");
    if (!button || !section) return;
    if (button.classList.contains("derivation-next")) {
      show(section, current(section) + 1);
      changed();
      stepsOf(section)[current(section) - 1]?.scrollIntoView({ block: "nearest" });
    } else {
      show(section, stepsOf(section).length);
      changed();
    }
  });
  document.addEventListener("keydown", (e) => {
    const section = e.target instanceof HTMLElement && e.target.matches("section.derivation[data-index]") ? e.target : undefined;
    if (!section) return;
    if (e.key === "ArrowRight" || e.key === "ArrowDown" || e.key === " ") show(section, current(section) + 1);
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp") show(section, current(section) - 1);
    else if (e.key === "End") show(section, stepsOf(section).length);
    else return;
    e.preventDefault();
    changed();
  });

  return {
    wire: (scope) => {
      for (const section of scope.querySelectorAll<HTMLElement>("section.derivation:not([data-index])")) {
        section.dataset["index"] = String(wired++);
        section.tabIndex = 0;
        section.setAttribute("aria-label", "Derivation: use the arrow keys to reveal steps");
        show(section, current(section));
      }
    },
    revealed: (n) => counts[n] ?? 1,
  };
}

function stepsOf(section: Element): HTMLElement[] {
  return [...section.querySelectorAll<HTMLElement>(".derivation-step")];
}

/** Makes sure the equation with this label is visible, revealing derivation steps up to it. */
export function revealEquation(label: string): HTMLElement | undefined {
  const el = document.getElementById(label);
  if (!el) return undefined;
  const step = el.closest<HTMLElement>(".derivation-step");
  const section = step?.closest<HTMLElement>("section.derivation");
  if (step && section) {
    const steps = stepsOf(section);
    const index = steps.indexOf(step);
    const next = section.querySelector<HTMLButtonElement>(".derivation-next");
    while (steps[index]?.hidden && next && !next.disabled) next.click();
  }
  return el;
}
