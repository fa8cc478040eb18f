// One shape rule for every function the student library exports, by its path under `np`
// ("matmul", "linalg.svd", "random.randn"), and the tensor methods that share those rules.
import { constDim } from "../dims";
import type { Val } from "../values";
import type { Rule, RuleCtx } from "./context";
import { arangeRule, arrayRule, eyeRule, fromFlatRule, fromShapeRule, fullRule, likeRule, linspaceRule, noTensorRule, scalarRule } from "./create";
import { binaryRule, sameShapeRule, ternaryRule, unaryRule } from "./elementwise";
import { choleskyRule, detRule, eighRule, eigvalshRule, invRule, normRule, pinvRule, qrRule, slogdetRule, solveRule, svdRule, svdvalsRule } from "./linalg";
import { diagRule, dotRule, einsumRule, innerRule, matmulRule, outerRule, traceRule } from "./products";
import { choiceRule, permutationRule, sizeAtRule, varargShapeRule } from "./random";
import { cumulativeRule, reductionRule } from "./reduce";
import { broadcastToRule, concatenateRule, expandDimsRule, flattenRule, flipRule, moveaxisRule, reshapeRule, sliceRule, splitRule, squeezeRule, stackAlongRule, stackRule, swapaxesRule, transposeRule, untrackedRule } from "./shape-ops";

const UNARY = ["negative", "exp", "exp2", "log", "log1p", "expm1", "log2", "log10", "sqrt", "cbrt", "square", "reciprocal", "abs", "absolute", "sign",
  "tanh", "sinh", "cosh", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "arcsinh", "arccosh", "arctanh", "floor", "ceil", "round", "trunc", "rint",
  "sigmoid", "relu", "isnan", "isinf", "isfinite", "logicalNot", "positive", "fix", "nanToNum", "degrees", "radians", "softplus", "erf"];
const BINARY = ["add", "subtract", "multiply", "divide", "power", "mod", "maximum", "minimum", "arctan2", "greater", "greaterEqual", "less", "lessEqual",
  "equal", "notEqual", "logicalAnd", "logicalOr", "logicalXor", "floorDivide", "trueDivide", "remainder", "fmax", "fmin", "hypot", "copysign", "isclose", "logaddexp"];
const REDUCE = ["sum", "mean", "var", "std", "max", "min", "prod", "argmax", "argmin", "amax", "amin", "any", "all", "median", "ptp", "logsumexp", "nansum", "nanmean", "average", "countNonzero"];

function entries(names: readonly string[], rule: Rule): [string, Rule][] {
  return names.map((n) => [n, rule]);
}

/** Rules by path under the library namespace. */
export const LIB_RULES: ReadonlyMap<string, Rule> = new Map<string, Rule>([
  ...entries(UNARY, unaryRule),
  ...entries(BINARY, binaryRule),
  ...entries(REDUCE, reductionRule),
  ["cumsum", cumulativeRule], ["cumprod", cumulativeRule],
  ["where", ternaryRule], ["clip", (ctx: RuleCtx): Val => (ctx.args.slice(1).every((a) => a.val.k === "num" || (a.val.k === "lib" && a.val.path === "null")) ? sameShapeRule(ctx) : ternaryRule(ctx))],
  ["array", arrayRule], ["asarray", arrayRule], ["tensor", arrayRule], ["copy", sameShapeRule], ["astype", sameShapeRule],
  ["zeros", fromShapeRule], ["ones", fromShapeRule], ["empty", fromShapeRule], ["full", fullRule],
  ["zerosLike", likeRule], ["onesLike", likeRule], ["fullLike", likeRule], ["emptyLike", likeRule],
  ["eye", eyeRule], ["identity", (ctx) => eyeRule({ ...ctx, args: ctx.args.slice(0, 1) })], ["arange", arangeRule], ["linspace", linspaceRule], ["fromFlat", fromFlatRule],
  ["matmul", matmulRule], ["dot", dotRule], ["outer", outerRule], ["inner", innerRule], ["einsum", einsumRule], ["vdot", scalarRule],
  ["reshape", reshapeRule], ["transpose", transposeRule], ["permuteDims", transposeRule], ["expandDims", expandDimsRule], ["squeeze", squeezeRule],
  ["concatenate", concatenateRule], ["concat", concatenateRule], ["stack", stackRule], ["split", splitRule], ["broadcastTo", broadcastToRule],
  ["flatten", flattenRule], ["ravel", flattenRule], ["slice", sliceRule],
  ["linalg.norm", normRule], ["linalg.inv", invRule], ["linalg.solve", solveRule], ["linalg.det", detRule], ["linalg.eigh", eighRule],
  ["linalg.svd", svdRule], ["linalg.qr", qrRule], ["linalg.cholesky", choleskyRule], ["linalg.pinv", pinvRule],
  ["linalg.svdvals", svdvalsRule], ["linalg.slogdet", slogdetRule], ["linalg.eigvalsh", eigvalshRule], ["linalg.lstsq", noTensorRule], ["linalg.matrixRank", scalarRule],
  ["swapaxes", swapaxesRule], ["moveaxis", moveaxisRule], ["vstack", stackAlongRule("v")], ["hstack", stackAlongRule("h")], ["flip", flipRule],
  ["tile", untrackedRule], ["repeat", untrackedRule], ["take", untrackedRule], ["takeAlongAxis", untrackedRule], ["diag", diagRule], ["trace", traceRule],
  ["random.randn", varargShapeRule], ["random.rand", varargShapeRule], ["random.standardNormal", sizeAtRule(0)], ["random.random", sizeAtRule(0)],
  ["random.normal", sizeAtRule(2)], ["random.uniform", sizeAtRule(2)], ["random.randint", sizeAtRule(2)],
  ["random.choice", choiceRule], ["random.permutation", permutationRule], ["random.seed", noTensorRule], ["random.shuffle", noTensorRule],
  ["random.getState", noTensorRule], ["random.setState", noTensorRule], ["random.Generator", noTensorRule], ["random.defaultRng", noTensorRule],
  // Not tensor-valued: the tensor class itself, predicates, errors, printing, dtype helpers, exercise plumbing.
  ...entries(["Tensor", "isTensor", "LabError", "broadcastShapes", "printOptions", "ShapeError", "ValueError", "DTypeError", "LinAlgError", "WithheldError", "MathLabError", "IndexError", "dtypeOf",
    "setPrintOptions", "getPrintOptions", "withhold", "withheld", "checkShapes", "shapeOf", "ndim", "size", "allclose", "arrayEqual", "arrayStr", "arrayRepr"], noTensorRule),
]);

/** Tensor methods: `x.sum(1)` is `np.sum(x, 1)`; values are library paths taking the receiver first. */
export const METHOD_RULES: ReadonlyMap<string, string> = new Map<string, string>([
  ...UNARY.map((n) => [n, n] as [string, string]), ...BINARY.map((n) => [n, n] as [string, string]), ...REDUCE.map((n) => [n, n] as [string, string]),
  ["sub", "subtract"], ["mul", "multiply"], ["div", "divide"], ["pow", "power"], ["neg", "negative"],
  ["cumsum", "cumsum"], ["cumprod", "cumprod"], ["clip", "clip"], ["matmul", "matmul"], ["dot", "dot"], ["reshape", "reshape"], ["transpose", "transpose"],
  ["expandDims", "expandDims"], ["squeeze", "squeeze"], ["broadcastTo", "broadcastTo"], ["flatten", "flatten"], ["ravel", "ravel"], ["slice", "slice"],
  ["copy", "copy"], ["astype", "astype"], ["contiguous", "copy"],
]);

/** Properties of a tensor with a known meaning. */
export function tensorProperty(shape: readonly (ReturnType<typeof constDim> | null)[] | null, prop: string): Val | undefined {
  switch (prop) {
    case "shape":
      return shape ? { k: "tuple", items: shape.map((d) => ({ k: "num", dim: d })) } : { k: "unknown" };
    case "ndim":
      return shape ? { k: "num", dim: constDim(shape.length) } : { k: "num", dim: null };
    case "size":
      return { k: "num", dim: null };
    default:
      return undefined;
  }
}
