// Copy as LaTeX: a button on every display equation, and copying a selection that contains math
// puts `$...$` / `$$...$$` source on the clipboard instead of the glyphs.

export function setupCopyLatex(copy: (latex: string) => void): void {
  document.addEventListener("click", (e) => {
    const button = (e.target as Element | null)?.closest<HTMLButtonElement>("button.copy-latex");
    const eq = button?.closest<HTMLElement>(".equation");
    if (!button || !eq) return;
    const latex = eq.dataset["latex"] ?? "";
    copy(latex);
    button.classList.add("copied");
    button.textContent = "Copied";
    setTimeout(() => { button.classList.remove("copied"); button.textContent = "Copy LaTeX"; }, 1500);
  });
  document.addEventListener("copy", (e) => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !e.clipboardData) return;
    const fragment = selection.getRangeAt(0).cloneContents();
    if (!fragment.querySelector(".math, .equation, .katex")) return;
    e.clipboardData.setData("text/plain", selectionAsLatex(fragment));
    e.preventDefault();
  });
}

/** Text of a fragment with each typeset formula replaced by its LaTeX source. */
export function selectionAsLatex(fragment: DocumentFragment | Element): string {
  const clone = fragment.cloneNode(true) as DocumentFragment | Element;
  for (const eq of [...clone.querySelectorAll<HTMLElement>(".equation")]) {
    eq.replaceWith(document.createTextNode(`\n$$\n${eq.dataset["latex"] ?? ""}\n$$\n`));
  }
  for (const m of [...clone.querySelectorAll<HTMLElement>(".math")]) {
    m.replaceWith(document.createTextNode(`$${m.dataset["latex"] ?? ""}$`));
  }
  // A partial selection inside one formula: the formula carries its source as its accessible name.
  for (const k of [...clone.querySelectorAll(".katex")]) {
    const tex = k.getAttribute("aria-label") ?? k.querySelector("annotation")?.textContent ?? "";
    k.replaceWith(document.createTextNode(`$${tex}$`));
  }
  return (clone.textContent ?? "").replace(/\n{3,}/g, "\n\n").trim();
}
