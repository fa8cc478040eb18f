// The Testing UI's items: lesson → exercise → case groups, built from the course index.
import * as vscode from "vscode";
import type { Course } from "../course";

export const GROUP_LABELS = { random: "random cases", edge: "edge cases" } as const;

export class TestTree {
  constructor(private readonly controller: vscode.TestController, private readonly course: Course) {
    controller.resolveHandler = (item) => {
      if (!item) this.populate();
    };
  }

  /** Adds every lesson and exercise whose file exists in the course workspace. */
  populate(): void {
    for (const lesson of this.course.index.lessons) {
      for (const ex of lesson.exercises) {
        const uri = this.course.fileOf(ex);
        if (uri) this.exerciseItem(`${lesson.id}/${ex.name}`, uri);
      }
    }
  }

  private lessonItem(lessonId: string): vscode.TestItem {
    let item = this.controller.items.get(lessonId);
    if (!item) {
      const title = this.course.lesson(lessonId)?.title;
      item = this.controller.createTestItem(lessonId, title ? `${lessonId} ${title}` : lessonId);
      item.sortText = lessonId.split(".").map((p) => p.padStart(3, "0")).join(".");
      this.controller.items.add(item);
    }
    return item;
  }

  /** The item of an exercise ("6.2/softmax"), created on first use. */
  exerciseItem(key: string, uri: vscode.Uri): vscode.TestItem {
    const [lessonId, name] = key.split("/") as [string, string];
    const lesson = this.lessonItem(lessonId);
    let item = lesson.children.get(key);
    if (!item || item.uri?.toString() !== uri.toString()) {
      const title = this.course.exercise(lessonId, name)?.exercise.title;
      item = this.controller.createTestItem(key, title ? `${name} — ${title}` : name, uri);
      lesson.children.add(item);
    }
    return item;
  }

  /** The "random cases" / "edge cases" child of an exercise item. */
  groupItem(exercise: vscode.TestItem, group: "random" | "edge"): vscode.TestItem {
    const id = `${exercise.id}#${group}`;
    let item = exercise.children.get(id);
    if (!item) {
      item = this.controller.createTestItem(id, GROUP_LABELS[group], exercise.uri);
      item.sortText = group === "random" ? "1" : "2";
      exercise.children.add(item);
    }
    return item;
  }

  /** Exercise items selected by a run request (all of them when `include` is absent). */
  exercisesIn(include: readonly vscode.TestItem[] | undefined, exclude: readonly vscode.TestItem[] | undefined):
    { item: vscode.TestItem; key: string; uri: vscode.Uri }[] {
    if (!include) this.populate();
    const roots: vscode.TestItem[] = include ? [...include] : [];
    if (!include) this.controller.items.forEach((i) => roots.push(i));
    const skip = new Set((exclude ?? []).map((i) => i.id));
    const out = new Map<string, { item: vscode.TestItem; key: string; uri: vscode.Uri }>();
    const visit = (i: vscode.TestItem): void => {
      if (skip.has(i.id)) return;
      const exerciseId = i.id.includes("#") ? i.id.split("#")[0]! : i.id;
      if (exerciseId.includes("/")) {
        const ex = i.id.includes("#") ? i.parent ?? i : i;
        if (ex.uri) out.set(exerciseId, { item: ex, key: exerciseId, uri: ex.uri });
        return;
      }
      i.children.forEach(visit);
    };
    roots.forEach(visit);
    return [...out.values()];
  }
}
