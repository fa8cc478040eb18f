// The lesson tree in the activity bar: parts → lessons → exercises, with progress.
import * as vscode from "vscode";
import type { ExerciseInfo, LessonInfo, PartInfo } from "../protocol/course";
import type { ExerciseStatus } from "../protocol/verify";
import type { Course } from "./course";
import { continueTarget, type ExerciseRecord } from "./course-ui/progress-model";


/** Where the tree reads each exercise's status (the progress store). */
export interface StatusSource {
  statusOf(lessonId: string, exerciseName: string): ExerciseStatus;
  readonly onDidChange: vscode.Event<void>;
}

/** Hints used and "what next", read fresh from the progress files (extension/course-ui). */
export interface ProgressDetails {
  snapshot(): (lessonId: string, exerciseName: string) => ExerciseRecord;
  readonly onDidChange: vscode.Event<void>;
}

type Node =
  | { kind: "part"; part: PartInfo }
  | { kind: "lesson"; lesson: LessonInfo }
  | { kind: "exercise"; lesson: LessonInfo; exercise: ExerciseInfo };

const statusIcon: Record<ExerciseStatus, vscode.ThemeIcon> = {
  "not-started": new vscode.ThemeIcon("circle-large-outline"),
  attempted: new vscode.ThemeIcon("circle-large-filled", new vscode.ThemeColor("testing.iconQueued")),
  verified: new vscode.ThemeIcon("pass-filled", new vscode.ThemeColor("testing.iconPassed")),
};

export class LessonTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  /** Read once per refresh: the records and where "Continue" leads. */
  private details: { recordOf: (l: string, e: string) => ExerciseRecord; next: { lessonId: string; exercise: string } | null } | undefined;

  constructor(private readonly course: Course, private readonly status: StatusSource, private readonly progress?: ProgressDetails) {
    this.subscriptions = [status.onDidChange(() => this.refresh()), ...(progress ? [progress.onDidChange(() => this.refresh())] : [])];
  }

  refresh(): void {
    this.details = undefined;
    this.changed.fire(undefined);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }

  private detailsNow(): NonNullable<LessonTree["details"]> | undefined {
    if (!this.progress || !this.course.workspaceRoot()) return undefined;
    if (!this.details) {
      const recordOf = this.progress.snapshot();
      this.details = { recordOf, next: continueTarget(this.course.index, recordOf) };
    }
    return this.details;
  }

  getChildren(node?: Node): Node[] {
    const index = this.course.index;
    if (!node) return index.parts.filter((p) => p.lessons.length > 0).map((part) => ({ kind: "part", part }));
    if (node.kind === "part") {
      return node.part.lessons.flatMap((id) => {
        const lesson = this.course.lesson(id);
        return lesson ? [{ kind: "lesson" as const, lesson }] : [];
      });
    }
    if (node.kind === "lesson") return node.lesson.exercises.map((exercise) => ({ kind: "exercise", lesson: node.lesson, exercise }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case "part": {
        const lessons = node.part.lessons.map((id) => this.course.lesson(id)).filter((l): l is LessonInfo => !!l);
        const [done, total] = this.count(lessons);
        const item = new vscode.TreeItem(`Part ${node.part.number} — ${node.part.title}`, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = total ? `${done}/${total}` : "";
        item.id = `part:${node.part.number}`;
        item.contextValue = "part";
        return item;
      }
      case "lesson": {
        const [done, total] = this.count([node.lesson]);
        const item = new vscode.TreeItem(`${node.lesson.id} ${node.lesson.title}`,
          total ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `lesson:${node.lesson.id}`;
        const next = this.detailsNow()?.next?.lessonId === node.lesson.id;
        item.description = (total ? `${done}/${total} · ${node.lesson.minutes} min` : `${node.lesson.minutes} min`) + (next ? " · ▶ continue here" : "");
        item.tooltip = new vscode.MarkdownString(`**${node.lesson.title}**\n\n${node.lesson.exercises.length} exercises · about ${node.lesson.minutes} minutes`);
        item.iconPath = new vscode.ThemeIcon(total && done === total ? "book" : "notebook");
        item.contextValue = "lesson";
        item.command = { command: "mathlab.openLesson", title: "Open Lesson", arguments: [node.lesson.id] };
        return item;
      }
      case "exercise": {
        const status = this.status.statusOf(node.lesson.id, node.exercise.name);
        const item = new vscode.TreeItem(node.exercise.title || node.exercise.name, vscode.TreeItemCollapsibleState.None);
        item.id = `exercise:${node.lesson.id}/${node.exercise.name}`;
        const details = this.detailsNow();
        const hints = details?.recordOf(node.lesson.id, node.exercise.name).hintsUsed ?? 0;
        const next = details?.next?.lessonId === node.lesson.id && details.next.exercise === node.exercise.name;
        item.description = `${node.exercise.name}() · ${status.replace("-", " ")}`
          + (hints ? ` · ${hints} ${hints === 1 ? "hint" : "hints"}` : "") + (next ? " · next" : "");
        item.iconPath = statusIcon[status];
        item.contextValue = `exercise.${status}`;
        item.command = { command: "mathlab.openExercise", title: "Open Exercise", arguments: [node.lesson.id, node.exercise.name] };
        return item;
      }
    }
  }

  private count(lessons: readonly LessonInfo[]): [number, number] {
    let done = 0;
    let total = 0;
    for (const l of lessons) {
      for (const e of l.exercises) {
        total++;
        if (this.status.statusOf(l.id, e.name) === "verified") done++;
      }
    }
    return [done, total];
  }
}
