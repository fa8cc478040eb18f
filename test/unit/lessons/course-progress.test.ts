// The course UI's pure rules: which hint is unlocked, where "Continue" leads, lesson progress.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  continueTarget, failedAttempts, historyPath, mergeRecord, nextHint, overviewState, solutionEarned, unlockedHints,
  type ExerciseRecord, type RecordOf,
} from "../../../extension/course-ui/progress-model";
import type { CourseIndex, LessonInfo } from "../../../protocol/course";

const hints = ["first idea", "second idea", "third idea"];
const rec = (status: ExerciseRecord["status"], attempts: number, hintsUsed = 0, lastWorked: string | null = null): ExerciseRecord =>
  ({ status, attempts, hintsUsed, lastWorked, solutionSeen: false });

void test("no hint before the first failed Verify, and the message says so", () => {
  const a = nextHint(rec("not-started", 0), hints);
  assert.equal(a.kind, "locked");
  assert.ok(a.kind === "locked" && a.attemptsNeeded === 1 && /first Verify/.test(a.message), JSON.stringify(a));
});

void test("hint k unlocks after k failed attempts", () => {
  for (let failures = 1; failures <= 3; failures++) {
    assert.equal(unlockedHints(rec("attempted", failures), hints.length), failures);
    const a = nextHint(rec("attempted", failures, failures - 1), hints);
    assert.deepEqual(a, { kind: "hint", number: failures, total: 3, text: hints[failures - 1] });
  }
  assert.equal(unlockedHints(rec("attempted", 9), hints.length), 3, "never more than the spec has");
});

void test("a hint already seen does not unlock the next one: it counts the attempts still needed", () => {
  const a = nextHint(rec("attempted", 1, 1), hints);
  assert.equal(a.kind, "locked");
  assert.ok(a.kind === "locked" && a.attemptsNeeded === 1 && a.message.includes("Hint 2 of 3"), JSON.stringify(a));
  const b = nextHint(rec("attempted", 1, 2), hints); // 2 seen after 1 failure (counts kept from an older rule)
  assert.ok(b.kind === "locked" && b.attemptsNeeded === 2 && /2 more failed Verify attempts/.test(b.message), JSON.stringify(b));
});

void test("every hint is open once verified; after the last one there is none", () => {
  assert.equal(unlockedHints(rec("verified", 1), hints.length), 3);
  assert.equal(nextHint(rec("verified", 1, 2), hints).kind, "hint");
  const done = nextHint(rec("attempted", 5, 3), hints);
  assert.ok(done.kind === "none" && done.message.includes("third idea"));
  assert.equal(nextHint(rec("attempted", 5), []).kind, "none");
});

void test("failed attempts: a pass is not a failure", () => {
  assert.equal(failedAttempts(rec("verified", 3)), 2);
  assert.equal(failedAttempts(rec("attempted", 3)), 3);
  assert.equal(failedAttempts(rec("verified", 0)), 0);
});

void test("the solution is earned only by a pass", () => {
  assert.equal(solutionEarned(rec("verified", 1)), true);
  assert.equal(solutionEarned(rec("attempted", 10, 3)), false);
  assert.equal(solutionEarned(rec("not-started", 0)), false);
});

void test("merging the two files keeps the larger hint count and the latest time", () => {
  const m = mergeRecord({ status: "attempted", attempts: 2, hintsUsed: 1, lastVerified: "2025-01-01T10:00:00.000Z" },
    { hintsShown: 2, lastTouched: "2025-01-01T11:00:00.000Z", solutionSeen: true });
  assert.deepEqual(m, { status: "attempted", attempts: 2, hintsUsed: 2, lastWorked: "2025-01-01T11:00:00.000Z", solutionSeen: true });
  assert.equal(mergeRecord({ status: "verified", attempts: 1, hintsUsed: 3, lastVerified: null }, undefined).hintsUsed, 3);
});

function lesson(id: string, names: string[]): LessonInfo {
  return { id, folder: `${id}-x`, title: `Lesson ${id}`, minutes: 10, prerequisites: [], equations: [],
    exercises: names.map((name) => ({ name, title: name.toUpperCase(), lesson: id, file: `${id}-x/${name}.ts` })) };
}

const index: CourseIndex = {
  parts: [{ number: 0, title: "Basics", lessons: ["0.1", "0.2"] }, { number: 1, title: "Linear algebra", lessons: ["1.1", "1.2"] }],
  lessons: [lesson("0.1", ["a", "b"]), lesson("0.2", []), lesson("1.1", ["c", "d"]), lesson("1.2", ["e"])],
};

const from = (records: Record<string, ExerciseRecord>): RecordOf => (l, e) => records[`${l}/${e}`] ?? rec("not-started", 0);

void test("Continue with no progress starts at the first exercise of the course", () => {
  assert.deepEqual(continueTarget(index, from({})), { lessonId: "0.1", lessonTitle: "Lesson 0.1", exercise: "a", exerciseTitle: "A", reason: "start" });
});

void test("Continue resumes the most recently worked lesson at its first unverified exercise", () => {
  const at = continueTarget(index, from({
    "0.1/a": rec("attempted", 1, 0, "2025-01-02T00:00:00.000Z"),
    "1.1/c": rec("verified", 1, 0, "2025-01-03T00:00:00.000Z"),
  }));
  assert.equal(at?.lessonId, "1.1");
  assert.equal(at?.exercise, "d");
  assert.equal(at?.reason, "resume");
});

void test("Continue moves on to the next lesson when the recent one is done, wrapping to earlier gaps", () => {
  const next = continueTarget(index, from({ "1.1/c": rec("verified", 1, 0, "2025-01-03T00:00:00.000Z"), "1.1/d": rec("verified", 2, 0, "2025-01-03T01:00:00.000Z") }));
  assert.deepEqual([next?.lessonId, next?.exercise, next?.reason], ["1.2", "e", "next-lesson"]);
  const wrap = continueTarget(index, from({
    "1.1/c": rec("verified", 1), "1.1/d": rec("verified", 1), "1.2/e": rec("verified", 1, 0, "2025-01-05T00:00:00.000Z"), "0.1/a": rec("verified", 1),
  }));
  assert.deepEqual([wrap?.lessonId, wrap?.exercise], ["0.1", "b"]);
});

void test("Continue is null once everything is verified", () => {
  const all = from(Object.fromEntries(["0.1/a", "0.1/b", "1.1/c", "1.1/d", "1.2/e"].map((k) => [k, rec("verified", 1)])));
  assert.equal(continueTarget(index, all), null);
});

void test("the overview counts verified exercises per lesson, part and course", () => {
  const s = overviewState(index, from({ "0.1/a": rec("verified", 1), "1.1/d": rec("attempted", 2, 1, "2025-01-01T00:00:00.000Z") }), true);
  assert.equal(s.verified, 1);
  assert.equal(s.total, 5);
  assert.deepEqual(s.parts.map((p) => [p.verified, p.total]), [[1, 2], [0, 3]]);
  assert.deepEqual(s.parts[0]!.lessons.map((l) => [l.id, l.verified, l.total]), [["0.1", 1, 2], ["0.2", 0, 0]]);
  assert.deepEqual(s.parts[1]!.lessons[0]!.exercises[1], { name: "d", title: "D", status: "attempted", attempts: 2, hintsUsed: 1 });
  assert.equal(s.continueAt?.exercise, "c");
});

void test("a reset keeps the previous version under a timestamped history path", () => {
  const p = historyPath("1.1-vectors-norms", "lpNorm", new Date("2025-03-04T05:06:07.089Z"));
  assert.equal(p, ".mathlab/history/1.1-vectors-norms/lpNorm.2025-03-04T05-06-07-089Z.ts");
});
