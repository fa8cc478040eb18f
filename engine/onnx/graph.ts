// A small builder for ONNX reference models: specs describe the reference computation with it, the
// build step encodes the result as a ModelProto (dist/models/<lesson>/<exercise>.onnx).
import { onnx } from "onnx-proto";
import type { AttrValue, ExerciseSpec, GraphBuilderLike, GraphSymbol, NestedNumbers } from "../spec";

type ElemType = "double" | "float";

const dataType = (t: ElemType | "int64"): number =>
  t === "double" ? onnx.TensorProto.DataType.DOUBLE : t === "float" ? onnx.TensorProto.DataType.FLOAT : onnx.TensorProto.DataType.INT64;

function flatten(v: NestedNumbers, shape: number[], out: number[], depth = 0): void {
  if (typeof v === "number") { out.push(v); return; }
  if (shape.length === depth) shape.push(v.length);
  for (const x of v) flatten(x, shape, out, depth + 1);
}

function attribute(name: string, v: AttrValue): onnx.IAttributeProto {
  const T = onnx.AttributeProto.AttributeType;
  if (typeof v === "string") return { name, type: T.STRING, s: new TextEncoder().encode(v) };
  if (typeof v === "number") return Number.isInteger(v) ? { name, type: T.INT, i: v } : { name, type: T.FLOAT, f: v };
  if (Array.isArray(v)) {
    const nums = v as readonly number[];
    return nums.every(Number.isInteger) ? { name, type: T.INTS, ints: [...nums] } : { name, type: T.FLOATS, floats: [...nums] };
  }
  if ("float" in v) return { name, type: T.FLOAT, f: v.float };
  return { name, type: T.FLOATS, floats: [...(v as { floats: readonly number[] }).floats] };
}

/** Input declaration: a name and dims (numbers, or names that stay symbolic). */
export interface GraphInput {
  readonly name: string;
  readonly dims: readonly (string | number)[];
}

export class GraphBuilder implements GraphBuilderLike {
  private readonly nodes: onnx.INodeProto[] = [];
  private readonly initializers: onnx.ITensorProto[] = [];
  private count = 0;

  constructor(private readonly elem: ElemType) {}

  private fresh(prefix: string): string {
    return `${prefix}_${this.count++}`;
  }

  op(op: string, inputs: readonly (GraphSymbol | string)[], attrs: Readonly<Record<string, AttrValue>> = {},
    options: { readonly outputs?: number; readonly domain?: string } = {}): GraphSymbol {
    return this.ops(op, inputs, options.outputs ?? 1, attrs, options.domain)[0]!;
  }

  ops(op: string, inputs: readonly (GraphSymbol | string)[], outputs: number,
    attrs: Readonly<Record<string, AttrValue>> = {}, domain?: string): GraphSymbol[] {
    const outs = Array.from({ length: outputs }, () => this.fresh(op.toLowerCase()));
    this.nodes.push({
      opType: op,
      domain: domain ?? "",
      name: this.fresh(`n_${op}`),
      input: inputs.map((i) => (typeof i === "string" ? i : i.name)),
      output: outs,
      attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
    });
    return outs.map((name) => ({ name }));
  }

  constant(values: NestedNumbers, dtype: "float" | "int64" = "float"): GraphSymbol {
    const dims: number[] = [];
    const flat: number[] = [];
    flatten(values, dims, flat);
    const name = this.fresh("const");
    const t = dtype === "int64" ? "int64" : this.elem;
    const raw = t === "int64" ? new BigInt64Array(flat.map((x) => BigInt(Math.trunc(x))))
      : t === "double" ? new Float64Array(flat) : new Float32Array(flat);
    this.initializers.push({ name, dims, dataType: dataType(t), rawData: new Uint8Array(raw.buffer) });
    return { name };
  }

  /** Encodes the graph with the given inputs and outputs as ModelProto bytes. */
  encode(inputs: readonly GraphInput[], outputs: readonly GraphSymbol[], opset: number, domains: readonly string[] = []): Uint8Array {
    const valueInfo = (name: string, dims: readonly (string | number)[] | null): onnx.IValueInfoProto => ({
      name,
      type: {
        tensorType: {
          elemType: dataType(this.elem),
          ...(dims ? { shape: { dim: dims.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })) } } : {}),
        },
      },
    });
    const usedDomains = new Set([...domains, ...this.nodes.map((n) => n.domain ?? "").filter((d) => d !== "")]);
    const model = onnx.ModelProto.create({
      irVersion: 10,
      producerName: "ml-math-lab",
      opsetImport: [{ domain: "", version: opset }, ...[...usedDomains].map((domain) => ({ domain, version: 1 }))],
      graph: {
        name: "reference",
        node: this.nodes,
        initializer: this.initializers,
        input: inputs.map((i) => valueInfo(i.name, i.dims)),
        output: outputs.map((o) => valueInfo(o.name, null)),
      },
    });
    return onnx.ModelProto.encode(model).finish();
  }
}

/** Names of the model's inputs for a spec: one per tensor or number argument, in order. */
export function modelInputs(spec: ExerciseSpec): GraphInput[] {
  const inputs: GraphInput[] = [];
  for (const a of spec.args) {
    if (a.kind === "tensor") inputs.push({ name: a.name, dims: a.shape.trim() === "" ? [] : a.shape.trim().split(/\s+/).map((d) => (/^\d+$/.test(d) ? Number(d) : d)) });
    else if (a.kind === "number") inputs.push({ name: a.name, dims: [] });
  }
  return inputs;
}

/** Builds the spec's ONNX reference model, or null when the spec has none. */
export function buildModel(spec: ExerciseSpec): Uint8Array | null {
  if (!spec.onnx) return null;
  const elem = spec.onnx.dtype ?? "double";
  const g = new GraphBuilder(elem);
  const inputs = modelInputs(spec);
  const out = spec.onnx.build(g, ...inputs.map((i) => ({ name: i.name })));
  const outputs = Array.isArray(out) ? (out as readonly GraphSymbol[]) : [out as GraphSymbol];
  return g.encode(inputs, outputs, spec.onnx.opset ?? 21);
}
