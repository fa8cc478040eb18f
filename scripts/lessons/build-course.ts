// Validates every lessons/<id>-<slug>/lesson.md and prerenders it: the course index (dist/course.json)
// and one dist/lessons/<id>.json per lesson (LessonPage). All problems come back as file:line diagnostics.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { CourseIndex, ExerciseInfo, LessonInfo, PartInfo } from "../../protocol/course";
import type { LessonPage } from "../../protocol/webview";
import { curriculumIds, loadCurriculum } from "./curriculum";
import type { LessonDiagnostic } from "./diagnostics";
import { splitFrontMatter } from "./front-matter";
import { createLessonMarkdown, renderLessonBody } from "./lesson-markdown";
import type { Macros } from "./typeset";

export interface CourseBuild {
  readonly course: CourseIndex;
  readonly pages: readonly LessonPage[];
  readonly diagnostics: readonly LessonDiagnostic[];
}

const folderPattern = /^(\d+\.\d+)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `// eq:label` comments in an exercise's files: label → 1-based lines per file. */
export function codeLabels(source: string): { label: string; line: number }[] {
  const out: { label: string; line: number }[] = [];
  source.split("\n").forEach((text, i) => {
    const comment = text.indexOf("//");
    if (comment < 0) return;
    for (const m of text.slice(comment).matchAll(/\beq:[A-Za-z0-9_.-]*[A-Za-z0-9_]/g)) out.push({ label: m[0], line: i + 1 });
  });
  return out;
}

export function buildCourse(root: string): CourseBuild {
  const lessonsDir = join(root, "lessons");
  const curriculum = loadCurriculum(lessonsDir);
  const known = curriculumIds(curriculum);
  const macros = JSON.parse(readFileSync(join(lessonsDir, "macros.json"), "utf8")) as Macros;
  const md = createLessonMarkdown();
  const diagnostics: LessonDiagnostic[] = [];
  const infos = new Map<string, LessonInfo>();
  const pages: LessonPage[] = [];
  const pendingPrereqs: { file: string; line: number; id: string }[] = [];
  const rel = (p: string): string => relative(root, p).split("\\").join("/");

  const folders = readdirSync(lessonsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const folder of folders) {
    const dir = join(lessonsDir, folder);
    const lessonPath = join(dir, "lesson.md");
    const file = rel(lessonPath);
    const report = (line: number, message: string): void => { diagnostics.push({ file, line, message }); };
    const m = folderPattern.exec(folder);
    if (!m) {
      if (existsSync(lessonPath)) report(1, `folder "${folder}" must be named <id>-<slug> (lowercase slug)`);
      continue;
    }
    if (!existsSync(lessonPath)) { diagnostics.push({ file: rel(dir), line: 1, message: "lesson folder without lesson.md" }); continue; }
    const folderId = m[1]!;
    const source = readFileSync(lessonPath, "utf8");
    const split = splitFrontMatter(source);
    for (const p of split.problems) report(p.line, p.message);
    const meta = split.meta;
    if (!meta) continue;
    const idLine = split.fieldLines.get("id") ?? 2;
    if (!known.has(meta.id)) { report(idLine, `unknown lesson id "${meta.id}" (not in the curriculum)`); continue; }
    if (meta.id !== folderId) { report(idLine, `id "${meta.id}" does not match the folder "${folder}"`); continue; }
    if (infos.has(meta.id)) { report(idLine, `lesson ${meta.id} has two folders`); continue; }
    for (const id of meta.prerequisites) pendingPrereqs.push({ file, line: split.fieldLines.get("prerequisites") ?? 2, id });
    if (meta.prerequisites.includes(meta.id)) report(split.fieldLines.get("prerequisites") ?? 2, "a lesson cannot be its own prerequisite");

    const exercises: ExerciseInfo[] = [];
    const labelsInCode = new Set<string>();
    const codeRefs: { file: string; line: number; label: string }[] = [];
    for (const ex of meta.exercises) {
      const needed = [`${ex.name}.ts`, `${ex.name}.solution.ts`, `${ex.name}.spec.ts`];
      for (const f of needed) {
        if (!existsSync(join(dir, f))) report(split.fieldLines.get(`exercise:${ex.name}`) ?? 2, `exercise "${ex.name}": missing ${folder}/${f}`);
      }
      for (const f of [`${ex.name}.ts`, `${ex.name}.solution.ts`]) {
        if (!existsSync(join(dir, f))) continue;
        for (const ref of codeLabels(readFileSync(join(dir, f), "utf8"))) {
          labelsInCode.add(ref.label);
          codeRefs.push({ file: rel(join(dir, f)), ...ref });
        }
      }
      exercises.push({ name: ex.name, title: ex.title, lesson: meta.id, file: `${folder}/${ex.name}.ts` });
    }

    const body = renderLessonBody(split.body, { macros, labelsInCode }, md);
    const fileLine = (bodyLine: number): number => split.bodyLine + bodyLine + 1;
    for (const p of body.problems) report(fileLine(p.line), p.message);
    const labels = new Set(body.equations.map((e) => e.label));
    for (const link of body.links) {
      if (link.target.startsWith("#eq:") && !labels.has(link.target.slice(1))) {
        report(fileLine(link.line), `link to ${link.target}, but no equation has that label`);
      }
      if (link.target.startsWith("lesson:")) {
        const [id, anchor] = link.target.slice("lesson:".length).split("#");
        if (!known.has(id ?? "")) report(fileLine(link.line), `link to unknown lesson "${id}"`);
        else if (anchor && !anchor.startsWith("eq:")) report(fileLine(link.line), `lesson links may only point at equations (#eq:...)`);
      }
    }
    for (const ref of codeRefs) {
      if (!labels.has(ref.label)) diagnostics.push({ file: ref.file, line: ref.line, message: `// ${ref.label} refers to no equation of lesson ${meta.id}` });
    }

    infos.set(meta.id, {
      id: meta.id, folder, title: meta.title, minutes: meta.minutes, prerequisites: meta.prerequisites,
      exercises, equations: body.equations.map((e) => e.label),
    });
    pages.push({
      id: meta.id, title: meta.title, minutes: meta.minutes, html: body.html, css: body.css,
      exercises: exercises.map((e) => ({ name: e.name, title: e.title })),
      equations: body.equations.map((e) => ({ label: e.label, latex: e.latex, number: e.number })),
    });
  }
  for (const p of pendingPrereqs) {
    if (!known.has(p.id)) diagnostics.push({ file: p.file, line: p.line, message: `unknown prerequisite "${p.id}" (not in the curriculum)` });
  }
  // Cross-lesson links are checked against equations of lessons that exist.
  for (const page of pages) {
    for (const m of page.html.matchAll(/data-lesson="([^"#]+)#(eq:[^"]+)"/g)) {
      const target = infos.get(m[1]!);
      if (target && !target.equations.includes(m[2]!)) {
        diagnostics.push({ file: `lessons/${infos.get(page.id)!.folder}/lesson.md`, line: 1, message: `link to lesson:${m[1]}#${m[2]}, but lesson ${m[1]} has no such equation` });
      }
    }
  }

  const parts: PartInfo[] = curriculum.parts.map((p) => ({
    number: p.number, title: p.title, lessons: p.lessons.map((l) => l.id).filter((id) => infos.has(id)),
  }));
  const order = parts.flatMap((p) => p.lessons);
  const lessons = order.map((id) => infos.get(id)!);
  return { course: { parts, lessons }, pages: order.map((id) => pages.find((p) => p.id === id)!), diagnostics };
}
