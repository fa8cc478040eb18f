// The engine on the fixture exercises and softmax: withheld functions, gradient checks, diagnoses, Run.
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { Engine } from "../../../engine/verify";
import { buildModel, GraphBuilder } from "../../../engine/onnx/graph";
import { runModel } from "../../../engine/onnx/runner";
import { exerciseOfFile } from "../../../engine/specs";

const fixtures = join(__dirname, "fixtures");
const engine = new Engine({ distRoot: null, lessonsRoot: fixtures, timeoutSeconds: 3 });
const course = new Engine({ distRoot: null, timeoutSeconds: 3 });
after(() => { engine.dispose(); course.dispose(); });

const head = `import * as np from "mathlab";\n`;
const dbl = (body: string) => engine.verify({ file: join(fixtures, "9.9-fixture", "double.ts"), source: `${head}export function double(x: any) {\n${body}\n}\n` });
const mean = (body: string) => engine.verify({ file: join(fixtures, "9.9-fixture", "rowMean.ts"), source: `${head}export function rowMean(x: any) {\n${body}\n}\n` });

void describe("verification", () => {
  void it("finds the exercise of a course file, its solution, mistakes and alternatives", () => {
    assert.deepEqual(exerciseOfFile("/c/6.2-logistic-softmax/softmax.ts"), { lesson: "6.2", name: "softmax", folder: "6.2-logistic-softmax" });
    assert.equal(exerciseOfFile("/c/6.2-logistic-softmax/softmax.mistakes/wrong-axis.ts")?.name, "softmax");
    assert.equal(exerciseOfFile("/c/6.2-logistic-softmax/softmax.solution.ts")?.name, "softmax");
    assert.equal(exerciseOfFile("/c/notes/softmax.ts"), null);
  });

  void it("passes a correct function and runs the gradient check", async () => {
    const r = await dbl("return np.add(x, x);");
    assert.equal(r.passed, true, JSON.stringify(r.failures[0] ?? r.error));
    assert.equal(r.cases, 4);
    assert.equal(r.hint, null);
  });

  void it("switches off withheld lab functions with a message saying why", async () => {
    const r = await dbl("return np.multiply(x, 2);");
    assert.equal(r.passed, false);
    assert.match(r.failures[0]!.message, /np\.multiply is switched off in this exercise/);
  });

  void it("diagnoses a sign flip and offers the next hint", async () => {
    const r = await engine.verify({ file: join(fixtures, "9.9-fixture", "double.ts"), hintsUsed: 1,
      source: `${head}export function double(x: any) { return np.negative(np.add(x, x)); }\n` });
    assert.equal(r.diagnosis?.id, "sign-flipped");
    assert.equal(r.hint, "Use x + x.");
  });

  void it("diagnoses a missing 1/K from the size of the input", async () => {
    const r = await mean("return np.sum(x, -1);");
    assert.equal(r.diagnosis?.id, "constant-factor");
    assert.match(r.diagnosis!.message, /division by K/);
  });

  void it("diagnoses a constant factor", async () => {
    const r = await mean("return np.multiply(np.mean(x, -1), 0.5);");
    assert.equal(r.diagnosis?.id, "constant-factor");
    assert.match(r.diagnosis!.message, /factor of 0\.5/);
  });

  void it("re-runs one case by name with the same inputs", async () => {
    const all = await mean("return np.sum(x, -1);");
    const one = await engine.verify({ file: join(fixtures, "9.9-fixture", "rowMean.ts"), source: `${head}export function rowMean(x: any) { return np.sum(x, -1); }\n`, only: ["random #3"] });
    assert.equal(one.cases, 1);
    assert.equal(one.failures[0]!.inputs, all.failures.find((f) => f.case === "random #3")!.inputs);
  });

  void it("Run prints the inputs and the result and builds the plot", async () => {
    const r = await engine.run({ file: join(fixtures, "9.9-fixture", "double.ts"), source: `${head}export function double(x: any) { console.log("hi"); return np.add(x, x); }\n` });
    assert.equal(r.ok, true, r.error?.message);
    assert.match(r.text, /x =\n.*1\., 2\., 3\./);
    assert.match(r.text, /hi/);
    assert.deepEqual(r.plots[0], { kind: "line", x: [0, 1, 2], series: [{ name: "2x", y: [2, 4, 6] }] });
  });

  void it("softmax: the wrong-axis mistake is named, with expected and actual output", async () => {
    const r = await course.verify({ file: join(__dirname, "../../../lessons/6.2-logistic-softmax/softmax.mistakes/wrong-axis.ts") });
    assert.equal(r.exercise, "6.2/softmax");
    assert.equal(r.diagnosis?.id, "wrong-axis");
    const f = r.failures[0]!;
    assert.ok(f.expected && f.actual && f.maxAbsError! > 0 && f.firstIndex);
    assert.equal(r.functionLine, 5);
  });
});

void describe("ONNX references", () => {
  void it("builds the softmax model and runs it in double precision", async () => {
    const g = new GraphBuilder("double");
    const y = g.op("Softmax", [{ name: "z" }], { axis: -1 });
    const bytes = g.encode([{ name: "z", dims: ["N", "K"] }], [y], 21);
    const [out] = await runModel({ key: "test/softmax", load: () => bytes, distRoot: null }, [{ shape: [1, 2], data: Float64Array.of(0, Math.log(3)) }], "double");
    assert.deepEqual(out!.shape, [1, 2]);
    assert.ok(Math.abs(out!.data[0]! - 0.25) < 1e-15 && Math.abs(out!.data[1]! - 0.75) < 1e-15);
  });

  void it("encodes constants and multi-node graphs (scaled matmul)", async () => {
    const g = new GraphBuilder("double");
    const prod = g.op("MatMul", ["a", "b"]);
    const y = g.op("Div", [prod, g.constant(2)]);
    const bytes = g.encode([{ name: "a", dims: [1, 2] }, { name: "b", dims: [2, 1] }], [y], 21);
    const [out] = await runModel({ key: "test/mm", load: () => bytes, distRoot: null },
      [{ shape: [1, 2], data: Float64Array.of(1, 2) }, { shape: [2, 1], data: Float64Array.of(3, 4) }], "double");
    assert.equal(out!.data[0], 5.5);
  });

  void it("returns null for a spec without a model", () => {
    assert.equal(buildModel(engine.spec("9.9/double")!), null);
  });
});
