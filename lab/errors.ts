// Every error the lab throws is a LabError, so the verifier can tell "your code broke a rule of
// the library" apart from any other exception. Messages are written for students: they name the
// operation, the shapes involved and the rule that was broken.

/** Base class of every error thrown by mathlab. */
export class LabError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Shapes that do not fit together (broadcasting, matmul, reshape, axis out of range...). */
export class ShapeError extends LabError {}

/** A dtype that does not exist, or data that is not numeric. */
export class DTypeError extends LabError {}

/** An index outside a tensor, or an index that is not an integer. */
export class IndexError extends LabError {}

/** Bad argument values that are not about shapes (negative sizes, probabilities that do not sum to 1...). */
export class ValueError extends LabError {}

/** A linear-algebra routine that cannot succeed on this input (singular, not positive definite, no convergence). */
export class LinAlgError extends LabError {}

/** A function the current exercise asks you to write yourself. */
export class WithheldError extends LabError {}

/** `[3, 4]` — how shapes appear in every message. */
export function fmtShape(shape: readonly number[]): string {
  return `[${shape.join(", ")}]`;
}
