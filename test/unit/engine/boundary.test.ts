// Values crossing the boundary between the student's code, the lab and the engine: tensor views are
// read in row-major order, and an expected value has the declared type whichever oracle produced it.
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import * as np from "../../../lab/index";
import { generateCases, toValue } from "../../../engine/cases";
import { expectedOutputs, onnxOutputs, referenceOutputs } from "../../../engine/expected";
import { flatData, fromLab } from "../../../engine/specs";
import type { LabBridge, LabTensor } from "../../../engine/specs";
import { Engine } from "../../../engine/verify";

const fixtures = join(__dirname, "fixtures");
const engine = new Engine({ distRoot: null, lessonsRoot: fixtures, timeoutSeconds: 3 });
const course = new Engine({ distRoot: null, timeoutSeconds: 3 });
after(() => { engine.dispose(); course.dispose(); });

const head = `import * as np from "mathlab";\n`;
const softmaxFile = join(__dirname, "../../../lessons/6.2-logistic-softmax/softmax.ts");

void describe("tensor views across the boundary", () => {
  void it("a correct softmax that returns a transposed view passes", async () => {
    const r = await course.verify({ file: softmaxFile, exercise: "6.2/softmax", source: `${head}export function softmax(z: np.T<"N K">): np.T<"N K"> {
  const t = z.T;
  const e = np.exp(np.subtract(t, np.max(t, 0, { keepdims: true })));
  return np.divide(e, np.sum(e, 0, { keepdims: true })).T;
}\n` });
    assert.equal(r.passed, true, JSON.stringify(r.error ?? r.failures[0]));
  });

  void it("a reversed slice and a broadcast view come back in row-major order", async () => {
    const sliced = await engine.verify({ file: join(fixtures, "9.9-fixture", "double.ts"),
      source: `${head}export function double(x: any) { return np.add(x, x).slice("::-1").slice("::-1"); }\n` });
    assert.equal(sliced.passed, true, JSON.stringify(sliced.error ?? sliced.failures[0]));
    const broadcast = await engine.verify({ file: join(fixtures, "9.9-fixture", "rowMean.ts"),
      source: `${head}export function rowMean(x: any) { return np.mean(np.broadcastTo(x.T, [2, x.shape[1], x.shape[0]]), 1).slice(1); }\n` });
    assert.equal(broadcast.passed, true, JSON.stringify(broadcast.error ?? broadcast.failures[0]));
  });

  void it("the engine reads a tensor through contiguous(), never its raw storage", () => {
    // A view whose storage is column-major: only contiguous() knows the row-major order.
    const view: LabTensor = { shape: [2, 3], data: Float64Array.of(1, 4, 2, 5, 3, 6), contiguous: () => ({ data: Float64Array.of(1, 2, 3, 4, 5, 6) }) };
    assert.deepEqual([...flatData(view)], [1, 2, 3, 4, 5, 6]);
    const lab: LabBridge = { fromFlat: () => null, isTensor: (x): x is LabTensor => x === view };
    const v = fromLab(lab, [view]) as unknown as { shape: number[]; data: Float64Array }[];
    assert.deepEqual([...v[0]!.data], [1, 2, 3, 4, 5, 6]);
    assert.throws(() => flatData({ ...view, contiguous: () => ({ data: Float64Array.of(1, 2) }) }), /holds 2 elements/);
  });

  void it("an author's edge case built from a transposed lab tensor keeps its printed order", () => {
    const v = toValue(np.array([[1, 2], [3, 4]]).T as never, { name: "a", kind: "tensor", shape: "N N" });
    assert.deepEqual([...(v as { data: Float64Array }).data], [1, 3, 2, 4]);
  });
});

void describe("expected values have the declared type", () => {
  void it("a number-valued exercise gets numbers from the ONNX model and from the reference", async () => {
    const spec = engine.spec("9.9/total")!;
    const reg = engine.registry();
    const cases = generateCases(spec);
    const fromModel = await onnxOutputs("9.9/total", spec, cases, null);
    const fromRef = referenceOutputs(spec, reg.lab, cases);
    assert.equal(fromModel.length, cases.length);
    fromModel.forEach((v, i) => {
      assert.equal(typeof v, "number", `case ${i}: ONNX gave ${typeof v}`);
      assert.ok(Math.abs((v as number) - (fromRef[i] as number)) < 1e-12);
    });
    assert.ok(fromRef.every((v) => typeof v === "number"));
    const viaCache = await expectedOutputs("9.9/total", spec, reg.lab, cases, null);
    assert.ok(viaCache.every((v) => typeof v === "number"));
  });

  void it("a detector comparing numbers matches when the ONNX model is the oracle", async () => {
    const r = await engine.verify({ file: join(fixtures, "9.9-fixture", "total.ts"),
      source: `${head}export function total(x: any): number { return 2 * np.sum(x).item(); }\n` });
    assert.equal(r.passed, false);
    assert.equal(r.diagnosis?.id, "doubled");
  });

  void it("the determinant's ONNX oracle yields plain numbers", async () => {
    const spec = course.spec("1.2/determinant")!;
    const out = await onnxOutputs("1.2/determinant", spec, generateCases(spec).slice(0, 3), null);
    assert.ok(out.every((v) => typeof v === "number"), JSON.stringify(out.map((v) => typeof v)));
  });
});
