import * as np from "mathlab";
import { defineExercise } from "../../engine/spec";
import { quadraticFormGrad } from "./quadraticFormGrad.solution";
import { entries } from "../1.4-eigendecomposition/matrixChecks";

type Vec = np.Tensor<["N"]>;

export default defineExercise({
  name: "quadraticFormGrad",
  dims: { N: [1, 7] },
  args: [
    { name: "A", kind: "tensor", shape: "N N", dist: { kind: "normal" } },
    { name: "x", kind: "tensor", shape: "N", dist: { kind: "normal" } },
  ],
  returns: "N",
  cases: 14,
  seed: 1909,
  edgeCases: [
    { name: "symmetric A", why: "here 2Ax is right too: passing only this case is not enough", args: [[[2, 1, 0], [1, 3, -1], [0, -1, 1]], [1, -2, 0.5]] },
    { name: "antisymmetric A", why: "Aᵀ = −A makes xᵀAx = 0 for every x: the gradient is exactly 0", args: [[[0, 2, -1], [-2, 0, 3], [1, -3, 0]], [0.3, -1, 2]] },
    { name: "upper-triangular A", why: "xᵀAx only sees the symmetric part (A + Aᵀ)/2", args: [[[1, 4], [0, 1]], [1, 1]] },
    { name: "1×1", why: "f(x) = a x², f'(x) = 2 a x", args: [[[3]], [2]] },
    { name: "x = 0", why: "the gradient of a quadratic form vanishes at the origin", dims: { N: 4 }, args: (g) => [g.generated(0), [0, 0, 0, 0]] },
  ],
  reference: quadraticFormGrad,
  gradientCheck: {
    loss: (A, x) => np.dot(x, np.matmul(A, x)).item(),
    wrt: 1,
    tolerance: { rtol: 1e-6, atol: 1e-6, why: "central differences with step 1e-5 on O(1) quadratics: error ≈ 1e-11/1e-5 from round-off" },
  },
  tolerance: { rtol: 1e-10, atol: 1e-10, why: "one N×N matrix–vector product with N ≤ 7: round-off ~1e-15" },
  hints: [
    "Write f(x) = Σᵢ Σⱼ xᵢ Aᵢⱼ xⱼ and differentiate with respect to x_k: x_k appears as the left factor (i = k) and as the right factor (j = k).",
    "The two terms are (Ax)_k and (Aᵀx)_k. So ∇f = Ax + Aᵀx.",
    "2Ax is the special case of a symmetric A; the matrices here are not symmetric. np.matmul(np.add(A, A.T), x).",
  ],
  nearMisses: [
    { id: "assumed-symmetric", message: "2Ax is the gradient only when A is symmetric. For a general A, x appears once on each side: ∇(xᵀAx) = (A + Aᵀ)x.",
      wrong: (A, x) => np.multiply(2, np.matmul(A, x)) as Vec },
    { id: "only-one-term", message: "You differentiated only one occurrence of x. xᵀAx contains x twice, giving Ax + Aᵀx.",
      wrong: (A, x) => np.matmul(A, x) as Vec },
    { id: "only-one-term", message: "You differentiated only one occurrence of x. xᵀAx contains x twice, giving Ax + Aᵀx.",
      wrong: (A, x) => np.matmul(A.T, x) as Vec },
  ],
  builtinDiagnoses: ["shape", "sign-flipped", "constant-factor"],
  demo: {
    title: "f(x) = xᵀAx for a non-symmetric 2×2 A, along the line x + t·g/‖g‖ (g your gradient): the slope at t = 0 should be ‖g‖",
    args: [[[1, 3], [-1, 2]], [1, 0.5]],
    plot: (g, A, x) => {
      const gv = entries(g), xv = entries(x), len = Math.hypot(...gv) || 1;
      const a = A.toArray() as number[][];
      const f = (v: number[]): number => v.reduce((s, vi, i) => s + vi * a[i]!.reduce((t, aij, j) => t + aij * v[j]!, 0), 0);
      const ts = Array.from({ length: 21 }, (_, i) => -1 + i / 10);
      const along = ts.map((t) => f(xv.map((xi, i) => xi + (t * gv[i]!) / len)));
      const tangent = ts.map((t) => f(xv) + t * len);
      return { kind: "line", title: "f along the gradient direction, and the tangent line with slope ‖g‖", x: ts,
        series: [{ name: "f(x + t g/‖g‖)", y: along }, { name: "f(x) + t‖g‖", y: tangent }] };
    },
  },
});
