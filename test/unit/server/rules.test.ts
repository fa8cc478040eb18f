// Every function the student library exports has a shape rule, and every tensor method maps to one.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as labModule from "../../../lab/index";
import { LIB_RULES, METHOD_RULES } from "../../../server/shapes/rules/table";

/** Runtime exports of lab/, as paths: "matmul", "linalg.svd", "random.randn". */
function labExports(): string[] {
  const mod = ((labModule as { default?: object }).default ?? labModule) as Record<string, unknown>;
  const out: string[] = [];
  for (const [name, value] of Object.entries(mod)) {
    if (name === "default" || name === "__esModule") continue;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [inner, v] of Object.entries(value as Record<string, unknown>)) if (typeof v === "function") out.push(`${name}.${inner}`);
    } else if (typeof value === "function") out.push(name);
  }
  return out.sort();
}

void describe("shape rules cover the library", () => {
  void it("finds the library's exports", () => {
    const names = labExports();
    assert.ok(names.includes("matmul") && names.length > 50, `unexpected export list: ${names.join(", ")}`);
  });

  void it("has a rule for every exported function", () => {
    const missing = labExports().filter((n) => !LIB_RULES.has(n));
    assert.deepEqual(missing, [], `exports without a shape rule: ${missing.join(", ")}`);
  });

  void it("maps every tensor method it knows to an existing rule", () => {
    for (const [method, path] of METHOD_RULES) assert.ok(LIB_RULES.has(path), `method ${method} → ${path} has no rule`);
  });

  void it("knows the tensor class's shape methods", () => {
    const proto = (labModule as unknown as { Tensor?: { prototype: object } }).Tensor ?? ((labModule as { default?: { Tensor?: { prototype: object } } }).default?.Tensor);
    assert.ok(proto, "lab exports Tensor");
    const methods = Object.getOwnPropertyNames(proto.prototype);
    for (const m of ["reshape", "transpose", "sum", "matmul", "slice", "expandDims", "squeeze"]) {
      if (methods.includes(m)) assert.ok(METHOD_RULES.has(m), `Tensor.${m} has no method rule`);
    }
  });
});
