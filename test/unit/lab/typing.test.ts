// Student code type-checks without a single error: shapes are documentation, never an obstacle.
// Compiles snippets against lab/index.ts (as "mathlab") with the TypeScript compiler API.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import ts from "typescript";

const labIndex = path.resolve(import.meta.dirname, "../../../lab/index.ts");

function diagnostics(source: string): string[] {
  const file = path.resolve(import.meta.dirname, "__student__.ts");
  const options: ts.CompilerOptions = {
    strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"],
    module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler,
    paths: { mathlab: [labIndex] }, types: [], skipLibCheck: true, noUnusedLocals: false,
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host), exists = host.fileExists.bind(host), get = host.getSourceFile.bind(host);
  host.readFile = (f) => (f === file ? source : read(f));
  host.fileExists = (f) => f === file || exists(f);
  host.getSourceFile = (f, v, onErr, create) => (f === file ? ts.createSourceFile(f, source, v) : get(f, v, onErr, create));
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file || d.file === undefined)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

const good = `
import * as np from "mathlab";
import type { T, Tensor, Dim } from "mathlab";

export function linear(x: T<"N D">, w: T<"D K">, b: T<"K">): T<"N K"> {
  const y: Tensor<["N", "K"]> = np.matmul(x, w);
  return y.add(b);
}
export function softmax(z: T<"N C">): T<"N C"> {
  const m = np.max(z, { axis: -1, keepdims: true });
  const e = np.exp(np.subtract(z, m));
  return np.divide(e, e.sum(-1, { keepdims: true }));
}
export function pca(X: T<"N D">, k: number): T<"N k"> {
  const Xc = X.subtract(X.mean(0));
  const [, , Vh] = np.linalg.svd(Xc, false);
  const { eigenvalues, eigenvectors } = np.linalg.eigh(np.matmul(Xc.T, Xc));
  void eigenvalues; void eigenvectors;
  return Xc.matmul(Vh.slice(\`:\${k}\`).T);
}
const rng = np.random.defaultRng(0);
const X: T<"N 3"> = rng.normal(0, 1, [10, 3]);
const n: number = np.sum(X).item();
const r: number = np.random.randn();
const g: Tensor<Dim[]> = np.random.randn(2, 3);
const h: Tensor = np.zeros([2]);
const total: number = X.get(0, 1) + n + r;
const batch: T<"B N K"> = np.matmul(np.ones([5, 2, 3]), np.ones([3, 4]));
const parts: Tensor<any>[] = np.split(X, 2, 1 - 1);
const checked = np.checkShapes("N D, k -> N k", pca);
const out: T<"N k"> = checked(X, 2);
const shape: readonly number[] = out.shape;
void [g, h, total, batch, parts, shape];
`;

void test("typing: valid student code has no type errors", () => {
  assert.deepEqual(diagnostics(good), []);
});

void test("typing: real mistakes are still reported", () => {
  const bad = `import * as np from "mathlab";\nconst x = np.zeros([2]);\nconst s: string = np.sum(x, "a");\n`;
  const d = diagnostics(bad);
  assert.ok(d.length >= 1, "expected a type error for np.sum(x, \"a\") assigned to string");
});

void test("typing: T<\"N 3\"> expands to Tensor<[\"N\", 3]>", () => {
  const src = `import type { T, Tensor } from "mathlab";\ntype Eq<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;\nconst ok: Eq<T<"N 3">, Tensor<["N", 3]>> = true;\nconst ok2: Eq<T<" B  N D ">, Tensor<["B", "N", "D"]>> = true;\nconst ok3: Eq<T<"">, Tensor<[]>> = true;\nvoid [ok, ok2, ok3];\n`;
  assert.deepEqual(diagnostics(src), []);
});
