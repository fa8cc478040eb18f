// What the lesson page's inline boot script (webviews/lesson-boot.ts) leaves for the page script
// (webviews/lesson.ts), which arrives later: whether the boot script already saw the first screen
// painted, or left that to the page script because the page opens elsewhere (at an equation, or with a
// scroll position or revealed derivation steps to restore, which need the page script's state and
// possibly the later chunks first).

export interface LessonBoot {
  /** True once the first screen was painted and marked; false when the page script must do it. */
  readonly painted: Promise<boolean>;
}

const key = "__mathlabLessonBoot";

export function setLessonBoot(boot: LessonBoot): void {
  (window as unknown as Record<string, LessonBoot>)[key] = boot;
}

export function lessonBoot(): LessonBoot | undefined {
  return (window as unknown as Record<string, LessonBoot | undefined>)[key];
}
