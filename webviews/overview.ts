// The course overview page: progress per part and lesson, "Continue", and a click to any lesson or
// exercise. Drawn from the state in data-state, redrawn on every "progress" message. Only DOM APIs
// and textContent: nothing from the state is parsed as HTML.
import type { ExtensionToOverview, OverviewExercise, OverviewState, OverviewToExtension } from "../protocol/webview";
import { vscodeApi } from "./lesson/vscode-api";

const api = vscodeApi<OverviewState, OverviewToExtension>();
const root = document.getElementById("root")!;
const initial = JSON.parse(root.dataset["state"] ?? "{}") as OverviewState;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function bar(done: number, total: number, label: string): HTMLProgressElement {
  const p = el("progress", "bar");
  p.max = Math.max(1, total);
  p.value = done;
  p.setAttribute("aria-label", `${label}: ${done} of ${total} verified`);
  return p;
}

const statusText: Record<OverviewExercise["status"], string> = { "not-started": "not started", attempted: "attempted", verified: "verified" };
const statusMark: Record<OverviewExercise["status"], string> = { "not-started": "○", attempted: "◐", verified: "✓" };

function drawContinue(state: OverviewState): void {
  const box = document.getElementById("continue")!;
  box.replaceChildren();
  if (!state.courseOpen) {
    box.append(el("p", "", "Open your course workspace to write and verify the exercises; the lessons can be read without it."));
    const b = el("button", "open-course", "Open Course");
    b.type = "button";
    box.append(b);
    return;
  }
  const at = state.continueAt;
  if (!at) {
    box.append(el("p", "done", "Every exercise is verified. Well done!"));
    return;
  }
  const lead = at.reason === "start" ? "Start with" : at.reason === "resume" ? "Continue where you left off:" : "Next up:";
  const b = el("button", "continue-button");
  b.type = "button";
  b.append(`${lead} `, el("strong", "", `${at.lessonId} ${at.lessonTitle}`), " · ", el("code", "", `${at.exercise}()`));
  box.append(b);
}

function drawExercise(lessonId: string, e: OverviewExercise, isNext: boolean): HTMLLIElement {
  const li = el("li", `exercise ${e.status}${isNext ? " next" : ""}`);
  const b = el("button", "open-exercise");
  b.type = "button";
  b.dataset["lesson"] = lessonId;
  b.dataset["exercise"] = e.name;
  b.title = `Open ${e.name}.ts`;
  b.append(el("span", "mark", statusMark[e.status]), " ", el("code", "", `${e.name}()`), " ", el("span", "exercise-title", e.title));
  li.append(b);
  const facts = [statusText[e.status]];
  if (e.attempts) facts.push(`${e.attempts} ${e.attempts === 1 ? "attempt" : "attempts"}`);
  if (e.hintsUsed) facts.push(`${e.hintsUsed} ${e.hintsUsed === 1 ? "hint" : "hints"}`);
  if (isNext) facts.push("next");
  li.append(el("span", "facts", facts.join(" · ")));
  return li;
}

function draw(state: OverviewState): void {
  api.setState(state);
  document.getElementById("summary")!.textContent = state.total
    ? `${state.verified} of ${state.total} exercises verified` : "No exercises yet.";
  drawContinue(state);
  const parts = document.getElementById("parts")!;
  parts.replaceChildren();
  for (const part of state.parts) {
    const section = el("section", "part");
    const head = el("div", "part-head");
    head.append(el("h2", "", `Part ${part.number} — ${part.title}`), bar(part.verified, part.total, `Part ${part.number}`),
      el("span", "count", `${part.verified}/${part.total}`));
    section.append(head);
    const list = el("ul", "lessons");
    for (const lesson of part.lessons) {
      const li = el("li", `lesson${lesson.total && lesson.verified === lesson.total ? " complete" : ""}`);
      li.dataset["lesson"] = lesson.id;
      const row = el("div", "lesson-row");
      const open = el("button", "open-lesson");
      open.type = "button";
      open.dataset["lesson"] = lesson.id;
      open.append(el("span", "lesson-id", lesson.id), " ", lesson.title);
      row.append(open, bar(lesson.verified, lesson.total, `Lesson ${lesson.id}`),
        el("span", "count", lesson.total ? `${lesson.verified}/${lesson.total}` : "reading"), el("span", "minutes", `${lesson.minutes} min`));
      li.append(row);
      if (lesson.exercises.length) {
        const ex = el("ul", "exercises");
        for (const e of lesson.exercises) {
          const isNext = state.continueAt?.lessonId === lesson.id && state.continueAt.exercise === e.name;
          ex.append(drawExercise(lesson.id, e, isNext));
        }
        li.append(ex);
      }
      list.append(li);
    }
    section.append(list);
    parts.append(section);
  }
  document.body.dataset["ready"] = "true";
}

document.addEventListener("click", (event) => {
  const target = event.target as Element | null;
  const exercise = target?.closest<HTMLElement>("button.open-exercise");
  if (exercise) {
    api.postMessage({ type: "openExercise", lessonId: exercise.dataset["lesson"] ?? "", exercise: exercise.dataset["exercise"] ?? "" });
    return;
  }
  const lesson = target?.closest<HTMLElement>("button.open-lesson");
  if (lesson) {
    api.postMessage({ type: "openLesson", lessonId: lesson.dataset["lesson"] ?? "" });
    return;
  }
  if (target?.closest("button.continue-button")) api.postMessage({ type: "continue" });
  else if (target?.closest("button.open-course")) api.postMessage({ type: "openCourse" });
});

window.addEventListener("message", (event: MessageEvent<ExtensionToOverview>) => {
  const msg = event.data;
  if (msg.type === "progress") draw(msg.state);
  else console.warn("unknown message", msg);
});

draw(api.getState() ?? initial);
api.postMessage({ type: "ready" });
