import { defineExercise } from "../../engine/spec";
import { arithmeticIntensity } from "./arithmeticIntensity.solution";

const intensity = (flopsPerMac: number, n: number, k: number, m: number, bytes: number, writes: boolean): number =>
  (flopsPerMac * n * k * m) / (bytes * (n * k + k * m + (writes ? n * m : 0)));

export default defineExercise({
  name: "arithmeticIntensity",
  dims: {},
  args: [
    { name: "n", kind: "int", low: 1, high: 4096 },
    { name: "k", kind: "int", low: 1, high: 4096 },
    { name: "m", kind: "int", low: 1, high: 4096 },
    { name: "bytesPerElement", kind: "const", value: 4 },
  ],
  returns: "number",
  cases: 12,
  seed: 44,
  edgeCases: [
    { name: "square float32", why: "n = k = m: I = 2n / (3·4)", args: [1024, 1024, 1024, 4] },
    { name: "square bfloat16", why: "2 bytes per element doubles the intensity", args: [3000, 3000, 3000, 2] },
    { name: "matrix-vector", why: "m = 1: about 2/b FLOPs per byte whatever n and k, always memory-bound", args: [4096, 4096, 1, 4] },
    { name: "float64 batch of one", why: "B = 1 row through a layer, 8-byte elements", args: [1, 512, 512, 8] },
    { name: "tiny", why: "1×1 times 1×1: 2 FLOPs, 3 elements", args: [1, 1, 1, 4] },
  ],
  reference: arithmeticIntensity,
  tolerance: { rtol: 1e-12, atol: 0, why: "a ratio of integers computed in float64: only the final division rounds" },
  hints: [
    "Intensity = FLOPs / bytes. The product does 2·n·k·m FLOPs (a multiply and an add per term).",
    "Minimum traffic: read A (n·k elements) and B (k·m), write C (n·m), each exactly once.",
    "Multiply the element count by bytesPerElement to get bytes.",
  ],
  nearMisses: [
    {
      id: "output-not-counted",
      message: "You counted reading A and B but not writing C: the n·m outputs have to go to memory too.",
      wrong: (n, k, m, b) => intensity(2, n, k, m, b, false),
    },
    {
      id: "elements-not-bytes",
      message: "You divided by the number of elements moved: multiply it by bytesPerElement to get bytes.",
      wrong: (n, k, m) => intensity(2, n, k, m, 1, true),
    },
    {
      id: "counted-macs",
      message: "You counted n·k·m FLOPs: each of the n·k·m terms is a multiplication and an addition, 2 FLOPs.",
      wrong: (n, k, m, b) => intensity(1, n, k, m, b, true),
    },
  ],
  builtinDiagnoses: [],
  demo: {
    title: "Arithmetic intensity of a 4096 × 4096 float32 product (compare with a GPU ridge point of a few hundred)",
    args: [4096, 4096, 4096, 4],
  },
});
