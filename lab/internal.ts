// Hooks for the verification engine; not part of the student-facing module.
export { setWithheld, withheldNames } from "./withheld";
export { fromFlat } from "./create";
export { LabError, ShapeError, DTypeError, IndexError, ValueError, LinAlgError, WithheldError } from "./errors";
export { Tensor, isTensor } from "./tensor";
