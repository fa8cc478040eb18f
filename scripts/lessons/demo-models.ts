// The two ONNX models that the demo webviews run with onnxruntime-web, encoded at build time.
import { onnx } from "onnx-proto";
import { modelDim, projectionWeights } from "../../webviews/demos/attention-inputs";
import { mixtureMeans } from "../../webviews/demos/diffusion-process";

const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;

function valueInfo(name: string, dims: readonly (number | string)[]): onnx.IValueInfoProto {
  return {
    name,
    type: { tensorType: { elemType: FLOAT, shape: { dim: dims.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })) } } },
  };
}

function floats(name: string, dims: number[], values: ArrayLike<number>): onnx.ITensorProto {
  const data = Float32Array.from(values);
  return { name, dims, dataType: FLOAT, rawData: new Uint8Array(data.buffer) };
}

function int64s(name: string, values: number[]): onnx.ITensorProto {
  const data = BigInt64Array.from(values.map(BigInt));
  return { name, dims: [values.length], dataType: INT64, rawData: new Uint8Array(data.buffer) };
}

function node(opType: string, input: string[], output: string, attribute: onnx.IAttributeProto[] = []): onnx.INodeProto {
  return { opType, input, output: [output], name: output, attribute };
}

const intAttr = (name: string, i: number): onnx.IAttributeProto => ({ name, type: onnx.AttributeProto.AttributeType.INT, i });
const intsAttr = (name: string, ints: number[]): onnx.IAttributeProto => ({ name, type: onnx.AttributeProto.AttributeType.INTS, ints });

function model(graph: onnx.IGraphProto): Uint8Array {
  return onnx.ModelProto.encode({
    irVersion: 8,
    producerName: "mathlab",
    opsetImport: [{ domain: "", version: 17 }],
    graph,
  }).finish();
}

/** weights = softmax((X Wq)(X Wk)ᵀ / (√d · T)), X: [S, d], T: [1] → weights: [S, S]. */
export function attentionModel(): Uint8Array {
  const d = modelDim;
  const { wq, wk } = projectionWeights(d);
  return model({
    name: "attention-demo",
    input: [valueInfo("x", ["S", d]), valueInfo("temperature", [1])],
    output: [valueInfo("weights", ["S", "S"])],
    initializer: [floats("wq", [d, d], wq), floats("wk", [d, d], wk), floats("sqrt_d", [1], [Math.sqrt(d)])],
    node: [
      node("MatMul", ["x", "wq"], "q"),
      node("MatMul", ["x", "wk"], "k"),
      node("Transpose", ["k"], "kt", [intsAttr("perm", [1, 0])]),
      node("MatMul", ["q", "kt"], "scores"),
      node("Mul", ["sqrt_d", "temperature"], "scale"),
      node("Div", ["scores", "scale"], "scaled"),
      node("Softmax", ["scaled"], "weights", [intAttr("axis", -1)]),
    ],
  });
}

/** One DDPM reverse-step mean with the exact noise prediction for the Gaussian-mixture data. */
export function diffusionStepModel(): Uint8Array {
  const means = mixtureMeans();
  const k = means.length / 2;
  return model({
    name: "diffusion-step-demo",
    input: [
      valueInfo("x", ["N", 2]), valueInfo("sqrt_alpha_bar", [1]), valueInfo("variance", [1]),
      valueInfo("sqrt_one_minus_alpha_bar", [1]), valueInfo("inv_sqrt_alpha", [1]), valueInfo("eps_coef", [1]),
    ],
    output: [valueInfo("mean", ["N", 2])],
    initializer: [floats("mu", [k, 2], means), int64s("axis1", [1]), floats("two", [1], [2])],
    node: [
      node("Mul", ["mu", "sqrt_alpha_bar"], "m"),
      node("Mul", ["x", "x"], "xx"),
      node("ReduceSum", ["xx", "axis1"], "x2", [intAttr("keepdims", 1)]),
      node("Mul", ["m", "m"], "mm"),
      node("ReduceSum", ["mm", "axis1"], "m2", [intAttr("keepdims", 1)]),
      node("Transpose", ["m2"], "m2t", [intsAttr("perm", [1, 0])]),
      node("Transpose", ["m"], "mt", [intsAttr("perm", [1, 0])]),
      node("MatMul", ["x", "mt"], "xm"),
      node("Mul", ["xm", "two"], "xm2"),
      node("Add", ["x2", "m2t"], "sq"),
      node("Sub", ["sq", "xm2"], "d2"),
      node("Neg", ["d2"], "negd2"),
      node("Mul", ["variance", "two"], "var2"),
      node("Div", ["negd2", "var2"], "logits"),
      node("Softmax", ["logits"], "resp", [intAttr("axis", -1)]),
      node("MatMul", ["resp", "m"], "expected"),
      node("Sub", ["x", "expected"], "diff"),
      node("Mul", ["diff", "sqrt_one_minus_alpha_bar"], "diff_s"),
      node("Div", ["diff_s", "variance"], "eps"),
      node("Mul", ["eps", "eps_coef"], "eps_c"),
      node("Sub", ["x", "eps_c"], "centred"),
      node("Mul", ["centred", "inv_sqrt_alpha"], "mean"),
    ],
  });
}
