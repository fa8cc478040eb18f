// Every exercise found in lessons/ is checked as `mathlab check-course` would: solution passes,
// starter fails, ONNX model agrees with the reference, mistakes are diagnosed, alternatives pass.
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { checkCourse } from "../../../engine/check-course";
import { Engine } from "../../../engine/verify";

const lessonsRoot = join(__dirname, "..", "..", "..", "lessons");
const engine = new Engine({ distRoot: null, lessonsRoot, timeoutSeconds: 5 });
after(() => engine.dispose());

const keys = [...engine.registry().specs.keys()].sort();

void describe("course exercises", () => {
  void it("finds a spec for every lesson folder holding exercise files", () => {
    const folders = readdirSync(lessonsRoot).filter((f) => /^\d+\.\d+-/.test(f));
    for (const folder of folders) {
      const solutions = readdirSync(join(lessonsRoot, folder)).filter((f) => f.endsWith(".solution.ts"));
      for (const s of solutions) {
        const name = s.replace(/\.solution\.ts$/, "");
        assert.ok(keys.includes(`${folder.split("-")[0]}/${name}`), `${folder}/${s} has no ${name}.spec.ts`);
      }
    }
    assert.ok(keys.includes("6.2/softmax"));
  });

  for (const key of keys) {
    void it(`${key}: solution, starter, model, mistakes and alternatives`, async () => {
      const items = await checkCourse(engine, lessonsRoot, { lesson: key.split("/")[0]! });
      const mine = items.filter((i) => i.exercise === key);
      const bad = mine.filter((i) => !i.ok).map((i) => `${i.check}: ${i.message}`);
      assert.deepEqual(bad, []);
      assert.ok(mine.some((i) => i.check === "solution"));
      assert.ok(mine.filter((i) => i.check.startsWith("mistake:")).length >= 3, `${key} needs at least 3 mistakes`);
      assert.ok(mine.some((i) => i.check.startsWith("alt:")), `${key} needs an alternative implementation`);
    });
  }
});
