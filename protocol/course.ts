// The course index: what the build extracts from lessons/ and every runtime reads (dist/course.json).

/** A curriculum id such as "6.2" (part 6, lesson 2). */
export type LessonId = string;

export interface CourseIndex {
  readonly parts: readonly PartInfo[];
  readonly lessons: readonly LessonInfo[];
}

export interface PartInfo {
  readonly number: number;
  readonly title: string;
  /** Lesson ids of this part, in course order. */
  readonly lessons: readonly LessonId[];
}

export interface LessonInfo {
  readonly id: LessonId;
  /** Folder name under lessons/, e.g. "6.2-logistic-softmax". */
  readonly folder: string;
  readonly title: string;
  readonly minutes: number;
  readonly prerequisites: readonly LessonId[];
  readonly exercises: readonly ExerciseInfo[];
  /** Equation labels defined in the lesson, e.g. "eq:softmax". */
  readonly equations: readonly string[];
}

export interface ExerciseInfo {
  /** The exported function's name, e.g. "softmax"; unique within its lesson. */
  readonly name: string;
  readonly title: string;
  readonly lesson: LessonId;
  /** Starter path relative to lessons/ (and to the course workspace), e.g. "6.2-logistic-softmax/softmax.ts". */
  readonly file: string;
}

/** "6.2/softmax": how progress, the Testing UI and the CLI name an exercise. */
export function exerciseKey(e: Pick<ExerciseInfo, "lesson" | "name">): string {
  return `${e.lesson}/${e.name}`;
}
