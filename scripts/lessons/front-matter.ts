// The YAML block at the top of lesson.md: id, title, minutes, prerequisites, exercises.
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from "yaml";

export interface LessonFrontMatter {
  readonly id: string;
  readonly title: string;
  readonly minutes: number;
  readonly prerequisites: readonly string[];
  readonly exercises: readonly { readonly name: string; readonly title: string }[];
}

export interface FrontMatterProblem {
  /** 1-based line in lesson.md. */
  readonly line: number;
  readonly message: string;
}

export interface SplitLesson {
  readonly meta: LessonFrontMatter | undefined;
  /** The markdown after the closing `---`. */
  readonly body: string;
  /** 0-based line of lesson.md where the body starts. */
  readonly bodyLine: number;
  /** 1-based lines where each field was written, for later checks (prerequisites, exercises). */
  readonly fieldLines: ReadonlyMap<string, number>;
  readonly problems: readonly FrontMatterProblem[];
}

const known = new Set(["id", "title", "minutes", "prerequisites", "exercises"]);

export function splitFrontMatter(source: string): SplitLesson {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== "---") {
    return { meta: undefined, body: source, bodyLine: 0, fieldLines: new Map(), problems: [{ line: 1, message: "lesson.md must start with a `---` front matter block" }] };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  if (close < 0) {
    return { meta: undefined, body: "", bodyLine: lines.length, fieldLines: new Map(), problems: [{ line: 1, message: "front matter is not closed by `---`" }] };
  }
  const yamlText = lines.slice(1, close).join("\n");
  const body = lines.slice(close + 1).join("\n");
  const problems: FrontMatterProblem[] = [];
  const fieldLines = new Map<string, number>();
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? counter.linePos(node.range[0]).line : 1;
  for (const err of doc.errors) {
    problems.push({ line: 1 + (err.linePos?.[0].line ?? 1), message: `front matter: ${err.message.split("\n")[0]}` });
  }
  if (problems.length) return { meta: undefined, body, bodyLine: close + 1, fieldLines, problems };
  const root = doc.contents;
  if (!isMap(root)) {
    return { meta: undefined, body, bodyLine: close + 1, fieldLines, problems: [{ line: 2, message: "front matter must be a YAML mapping" }] };
  }
  const fields = new Map<string, Node | null>();
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const line = 1 + lineOf(pair.key as Node);
    if (!known.has(key)) problems.push({ line, message: `front matter: unknown field "${key}" (expected ${[...known].join(", ")})` });
    fields.set(key, pair.value as Node | null);
    fieldLines.set(key, line);
  }
  const at = (key: string): number => fieldLines.get(key) ?? 2;
  const str = (key: string): string => {
    const node = fields.get(key);
    if (!isScalar(node) || (typeof node.value !== "string" && typeof node.value !== "number") || String(node.value).trim() === "") {
      problems.push({ line: at(key), message: `front matter: "${key}" must be a non-empty string` });
      return "";
    }
    return String(node.value);
  };
  const id = fields.has("id") ? str("id") : (problems.push({ line: 2, message: 'front matter: missing "id"' }), "");
  if (fields.has("id")) {
    const node = fields.get("id");
    if (isScalar(node) && typeof node.value === "number") problems.push({ line: at("id"), message: 'front matter: quote the id ("6.2"), or YAML reads it as a number' });
  }
  const title = fields.has("title") ? str("title") : (problems.push({ line: 2, message: 'front matter: missing "title"' }), "");
  let minutes = 0;
  const minNode = fields.get("minutes");
  if (!fields.has("minutes")) problems.push({ line: 2, message: 'front matter: missing "minutes"' });
  else if (!isScalar(minNode) || typeof minNode.value !== "number" || !Number.isInteger(minNode.value) || minNode.value <= 0) {
    problems.push({ line: at("minutes"), message: 'front matter: "minutes" must be a positive whole number' });
  } else minutes = minNode.value;

  const prerequisites: string[] = [];
  const preNode = fields.get("prerequisites");
  if (fields.has("prerequisites") && preNode !== null) {
    if (!isSeq(preNode)) problems.push({ line: at("prerequisites"), message: 'front matter: "prerequisites" must be a list of lesson ids' });
    else for (const item of preNode.items) {
      if (isScalar(item) && typeof item.value === "string") prerequisites.push(item.value);
      else problems.push({ line: 1 + lineOf(item as Node), message: 'front matter: each prerequisite must be a quoted lesson id such as "2.3"' });
    }
  }

  const exercises: { name: string; title: string }[] = [];
  const exNode = fields.get("exercises");
  if (fields.has("exercises") && exNode !== null) {
    if (!isSeq(exNode)) problems.push({ line: at("exercises"), message: 'front matter: "exercises" must be a list of { name, title }' });
    else for (const item of exNode.items) {
      const line = 1 + lineOf(item as Node);
      if (!isMap(item)) { problems.push({ line, message: "front matter: each exercise needs a name and a title" }); continue; }
      const name = item.get("name");
      const exTitle = item.get("title");
      for (const pair of item.items) {
        const k = isScalar(pair.key) ? String(pair.key.value) : "";
        if (k !== "name" && k !== "title") problems.push({ line, message: `front matter: unknown exercise field "${k}"` });
      }
      if (typeof name !== "string" || !/^[A-Za-z_$][\w$]*$/.test(name)) {
        problems.push({ line, message: "front matter: exercise name must be a TypeScript function name" });
        continue;
      }
      if (typeof exTitle !== "string" || !exTitle.trim()) problems.push({ line, message: `front matter: exercise "${name}" needs a title` });
      if (exercises.some((e) => e.name === name)) problems.push({ line, message: `front matter: exercise "${name}" is listed twice` });
      exercises.push({ name, title: typeof exTitle === "string" ? exTitle : name });
      fieldLines.set(`exercise:${name}`, line);
    }
  }
  const meta = problems.length ? undefined : { id, title, minutes, prerequisites, exercises };
  return { meta, body, bodyLine: close + 1, fieldLines, problems };
}
