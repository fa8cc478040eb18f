// The course map (lessons/curriculum.json, transcribed from the curriculum): parts, ids and titles.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface Curriculum {
  readonly parts: readonly { readonly number: number; readonly title: string; readonly lessons: readonly { readonly id: string; readonly title: string }[] }[];
}

export function loadCurriculum(lessonsDir: string): Curriculum {
  const value = JSON.parse(readFileSync(join(lessonsDir, "curriculum.json"), "utf8")) as Curriculum;
  if (!Array.isArray(value.parts)) throw new Error(`${join(lessonsDir, "curriculum.json")}: expected { parts: [...] }`);
  return value;
}

export function curriculumIds(c: Curriculum): Set<string> {
  return new Set(c.parts.flatMap((p) => p.lessons.map((l) => l.id)));
}
