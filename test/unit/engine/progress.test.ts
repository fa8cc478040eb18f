import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { fork } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ProgressStore, progressPath } from "../../../engine/progress";

const fresh = () => mkdtempSync(join(tmpdir(), "mathlab-progress-"));

void describe("progress store", () => {
  void it("starts empty, records attempts, verification and hints, and persists them", () => {
    const root = fresh();
    const s = new ProgressStore(root);
    assert.equal(s.get("6.2/softmax").status, "not-started");
    s.recordVerify("6.2/softmax", false);
    assert.equal(s.get("6.2/softmax").status, "attempted");
    assert.equal(s.recordHint("6.2/softmax"), 1);
    s.recordVerify("6.2/softmax", true);
    s.recordVerify("6.2/softmax", false);
    const again = new ProgressStore(root);
    assert.deepEqual({ ...again.get("6.2/softmax"), lastVerified: null },
      { status: "verified", attempts: 3, hintsUsed: 1, lastVerified: null });
    assert.ok(again.get("6.2/softmax").lastVerified);
    assert.ok(readFileSync(progressPath(root), "utf8").includes('"version": 1'));
  });

  void it("loses nothing when the writing process is killed mid-write", async () => {
    const root = fresh();
    for (let round = 0; round < 4; round++) {
      const before = new ProgressStore(root).all();
      const child = fork(join(__dirname, "fixtures", "progress-writer.ts"), [root], { execArgv: ["--import", "tsx"], stdio: "ignore" });
      await new Promise<void>((resolve) => child.once("message", () => resolve()));
      await new Promise((r) => setTimeout(r, 60 + round * 37));
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
      const text = readFileSync(progressPath(root), "utf8");
      const parsed = JSON.parse(text) as { exercises: Record<string, { attempts: number }> };
      for (const [k, v] of Object.entries(before)) assert.ok(parsed.exercises[k]!.attempts >= v.attempts, `${k} kept its attempts`);
      assert.ok(Object.keys(parsed.exercises).length > 0);
    }
    // Opening the store clears temp files orphaned by the killed writers.
    new ProgressStore(root);
    assert.deepEqual(readdirSync(join(root, ".mathlab")), ["progress.json"]);
  });
});

void describe("progress shared by two writers", () => {
  void it("two stores on one course never undo each other's changes", () => {
    const root = mkdtempSync(join(tmpdir(), "mathlab-progress-"));
    const verifier = new ProgressStore(root);
    const hints = new ProgressStore(root);
    verifier.recordVerify("6.2/softmax", false);
    hints.recordHint("6.2/softmax");
    verifier.recordVerify("6.2/softmax", false);
    const after = new ProgressStore(root).get("6.2/softmax");
    assert.equal(after.attempts, 2);
    assert.equal(after.hintsUsed, 1, "the hint recorded by the other store survives the next verify");
  });
});
