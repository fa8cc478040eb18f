// Activation stays cheap: the extension reports how long loading and activating took in its
// exports, and it does not evaluate the engine (onnxruntime, the transpiler, the sandbox pool) while
// activating; the engine is loaded afterwards, by the warm-up or the first Verify. Timings are
// measured by bench/activation, never asserted here.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { Verification } from "../../../extension/testing";
import type { VerificationProbe } from "../../../extension/testing/probe";
import type { ActivationTiming } from "../../../extension/timing";
import { activateExtension, extensionId, waitFor } from "./helpers";

const timing = (): ActivationTiming => vscode.extensions.getExtension<ActivationTiming>(extensionId)!.exports;
const probe = () => waitFor("the Testing hook", () =>
  (globalThis as Record<symbol, unknown>)[Symbol.for("mathlab.testing")] as VerificationProbe<Verification> | undefined);

describe("activation", () => {
  before(activateExtension);

  it("exports its load and activation times in milliseconds", () => {
    const t = timing();
    for (const key of ["loadMs", "activateMs", "activationMs", "wallMs", "activatedAt"] as const) {
      assert.equal(typeof t[key], "number", key);
      assert.ok(Number.isFinite(t[key]) && t[key] >= 0, `${key} = ${t[key]}`);
    }
    assert.ok(t.loadMs > 0, "loading took no time: the banner at the top of dist/extension.js is missing");
    assert.ok(Math.abs(t.activationMs - (t.loadMs + t.activateMs)) < 1e-6);
    // The wall time runs from the bundle's first statement to the end of activate(): it contains both.
    assert.ok(t.wallMs >= t.activationMs, `wall ${t.wallMs} ms < activation ${t.activationMs} ms`);
    assert.ok(t.activatedAt <= performance.now());
  });

  it("does not evaluate the engine while activating; the warm-up loads it afterwards", async () => {
    const t = timing();
    const p = await probe();
    const early = p.engineLoadedAt();
    assert.ok(early === undefined || early > t.activatedAt,
      `the engine was loaded at ${early?.toFixed(1)} ms, before activation ended at ${t.activatedAt.toFixed(1)} ms`);
    const loaded = await waitFor("the engine to load after activation", () => p.engineLoadedAt(), 30_000);
    assert.ok(loaded > t.activatedAt, `engine loaded at ${loaded.toFixed(1)} ms, activation ended at ${t.activatedAt.toFixed(1)} ms`);
  });
});
