// check-course on exercises whose own code is broken: a reference that throws and a near-miss
// detector that throws are reported as failed checks that say what threw; nothing crashes.
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { checkCourse } from "../../../engine/check-course";
import { Engine } from "../../../engine/verify";

const fixtures = join(__dirname, "fixtures");
const engine = new Engine({ distRoot: null, lessonsRoot: fixtures, timeoutSeconds: 3 });
after(() => engine.dispose());

void describe("check-course with broken exercise code", () => {
  void it("reports a reference that throws instead of crashing", async () => {
    const items = (await checkCourse(engine, fixtures, { lesson: "9.8" })).filter((i) => i.exercise === "9.8/brokenRef");
    const ref = items.find((i) => i.check === "reference");
    assert.ok(ref, `a reference item among ${JSON.stringify(items)}`);
    assert.equal(ref.ok, false);
    assert.match(ref.message, /reference bug: index out of range/);
    const sol = items.find((i) => i.check === "solution")!;
    assert.equal(sol.ok, false);
    assert.match(sol.message, /reference could not compute/);
  });

  void it("reports a near-miss detector that throws, and still rejects the mistake", async () => {
    const items = (await checkCourse(engine, fixtures, { lesson: "9.8" })).filter((i) => i.exercise === "9.8/badDetector");
    assert.equal(items.find((i) => i.check === "solution")?.ok, true);
    const det = items.find((i) => i.check === "detectors");
    assert.ok(det, `a detectors item among ${JSON.stringify(items)}`);
    assert.equal(det.ok, false);
    assert.match(det.message, /near-miss "tripled" threw .*detector bug on a tensor/);
    const mistake = items.find((i) => i.check === "mistake:tripled.ts")!;
    assert.equal(mistake.ok, false);
    assert.match(mistake.message, /instead of tripled/);
  });

  void it("a student verifying against a broken reference is told it is not their fault", async () => {
    const r = await engine.verify({ file: join(fixtures, "9.8-broken", "brokenRef.ts"), exercise: "9.8/brokenRef" });
    assert.equal(r.passed, false);
    assert.equal(r.error?.kind, "crash");
    assert.match(r.error!.message, /not of your code/);
  });
});
