// Expected outputs of ONNX oracles kept on disk between runs: keyed by everything they depend on,
// read back by a fresh engine, and a damaged entry is only a cache miss.
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serialize } from "node:v8";
import { generateCases } from "../../../engine/cases";
import { clearExpected } from "../../../engine/expected";
import { cacheKey, readCached, writeCached } from "../../../engine/expected-cache";
import { Engine } from "../../../engine/verify";

const fixtures = join(__dirname, "fixtures");
const dir = mkdtempSync(join(tmpdir(), "mathlab-expected-test-"));
const engine = new Engine({ distRoot: null, lessonsRoot: fixtures, timeoutSeconds: 3, cacheDir: dir });
after(() => { engine.dispose(); rmSync(dir, { recursive: true, force: true }); });

void describe("expected-output cache", () => {
  void it("keys on the oracle, the inputs and the declared return type", () => {
    const spec = engine.spec("9.9/attention")!;
    const cases = generateCases(spec);
    const k = cacheKey("9.9/attention", Uint8Array.of(1, 2, 3), spec.returns, cases);
    assert.equal(k, cacheKey("9.9/attention", Uint8Array.of(1, 2, 3), spec.returns, cases));
    assert.notEqual(k, cacheKey("9.9/attention", Uint8Array.of(1, 2, 4), spec.returns, cases));
    assert.notEqual(k, cacheKey("9.9/attention", Uint8Array.of(1, 2, 3), "number", cases));
    assert.notEqual(k, cacheKey("9.9/attention", Uint8Array.of(1, 2, 3), spec.returns, cases.slice(1)));
  });

  void it("round-trips values and treats a damaged entry as a miss", () => {
    const d = mkdtempSync(join(tmpdir(), "mathlab-expected-rt-"));
    writeCached(d, "k", [1.5, { shape: [2], data: Float64Array.of(NaN, -0) }]);
    const back = readCached(d, "k")!;
    assert.equal(back[0], 1.5);
    assert.ok(Number.isNaN((back[1] as { data: Float64Array }).data[0]));
    writeFileSync(join(d, "bad.bin"), "not a serialized value");
    assert.equal(readCached(d, "bad"), null);
    assert.equal(readCached(d, "absent"), null);
    rmSync(d, { recursive: true, force: true });
  });

  void it("a fresh engine judges with the stored outputs instead of running the model", async () => {
    const solution = join(fixtures, "9.9-fixture", "attention.solution.ts");
    clearExpected();
    const first = await engine.verify({ file: solution, exercise: "9.9/attention" });
    assert.equal(first.passed, true, JSON.stringify(first.error ?? first.failures[0]));
    const files = readdirSync(dir).filter((f) => f.endsWith(".bin"));
    assert.equal(files.length, 1, "one entry written");
    // Tamper with the entry: if the next verification reads it, the correct solution must now fail.
    const spec = engine.spec("9.9/attention")!;
    const zeros = generateCases(spec).map((c) => {
      const q = c.args[0] as { shape: number[] };
      return { shape: [...q.shape], data: new Float64Array(q.shape[0]! * q.shape[1]!) };
    });
    writeFileSync(join(dir, files[0]!), serialize(zeros));
    clearExpected();
    const second = await engine.verify({ file: solution, exercise: "9.9/attention" });
    assert.equal(second.passed, false, "the stored (tampered) outputs were used");
    clearExpected();
    rmSync(join(dir, files[0]!));
    const third = await engine.verify({ file: solution, exercise: "9.9/attention" });
    assert.equal(third.passed, true);
  });
});
