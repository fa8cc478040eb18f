// Step-by-step derivations: the first step shows, "Next step" (or → / ↓ / Space on the focused
// derivation) reveals the next with its justification, ← hides one again, "Show all" reveals the rest.

export interface DerivationControl {
  readonly revealed: () => number;
}

export function setupDerivations(initial: readonly number[], onChange: (revealed: number[]) => void): DerivationControl[] {
  const sections = [...document.querySelectorAll<HTMLElement>("section.derivation")];
  const counts = sections.map((s, i) => Math.max(1, Math.min(initial[i] ?? 1, stepsOf(s).length)));
  const changed = (): void => onChange([...counts]);
  return sections.map((section, i) => {
    const steps = stepsOf(section);
    const next = section.querySelector<HTMLButtonElement>(".derivation-next");
    const all = section.querySelector<HTMLButtonElement>(".derivation-all");
    const progress = section.querySelector<HTMLElement>(".derivation-progress");
    section.tabIndex = 0;
    section.setAttribute("aria-label", "Derivation: use the arrow keys to reveal steps");
    const show = (n: number): void => {
      counts[i] = Math.max(1, Math.min(n, steps.length));
      // Only steps whose visibility changes are touched (the markup already hides all but the first).
      steps.forEach((step, k) => { if (step.hidden !== k >= counts[i]!) step.hidden = k >= counts[i]!; });
      const done = counts[i] === steps.length;
      if (next) next.disabled = done;
      if (all) all.disabled = done;
      section.dataset["revealed"] = String(counts[i]);
      if (progress) progress.textContent = `Step ${counts[i]} of ${steps.length}`;
    };
    show(counts[i]!);
    next?.addEventListener("click", () => { show(counts[i]! + 1); changed(); steps[counts[i]! - 1]?.scrollIntoView({ block: "nearest" }); });
    all?.addEventListener("click", () => { show(steps.length); changed(); });
    section.addEventListener("keydown", (e) => {
      if (e.target !== section) return;
      if (e.key === "ArrowRight" || e.key === "ArrowDown" || e.key === " ") show(counts[i]! + 1);
      else if (e.key === "ArrowLeft" || e.key === "ArrowUp") show(counts[i]! - 1);
      else if (e.key === "End") show(steps.length);
      else return;
      e.preventDefault();
      changed();
    });
    return { revealed: () => counts[i]! };
  });
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
