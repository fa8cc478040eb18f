// The engine's public surface, used by the extension and the CLI. Nothing here imports `vscode`.
//
//   const engine = new Engine({ distRoot });           // one per extension host / CLI run
//   const report = await engine.verify({ file });      // VerifyReport (protocol/verify.ts)
//   const run = await engine.run({ file });            // RunReport: printed tensors + plot data
//   engine.dispose();                                  // kills the warm sandbox process
export { Engine } from "./verify";
export type { EngineOptions, VerifyRequest } from "./verify";
export { checkCourse, declaredDiagnosis } from "./check-course";
export type { CheckItem } from "./check-course";
export { exerciseOfFile, lessonIdOf } from "./specs";
export { ProgressStore } from "./progress";
export type { VerifyReport, RunReport, CaseFailure, CaseResult, Diagnosis, RunError, ExerciseProgress, ProgressFile } from "../protocol/verify";

import { Engine } from "./verify";
import type { EngineOptions, VerifyRequest } from "./verify";
import type { RunReport, VerifyReport } from "../protocol/verify";

let shared: Engine | null = null;

function engineFor(opts: EngineOptions): Engine {
  shared ??= new Engine(opts);
  return shared;
}

/** One-shot Verify with a shared engine (the first call's options win). */
export function verifyExercise(req: VerifyRequest & EngineOptions): Promise<VerifyReport> {
  return engineFor(req).verify(req);
}

/** One-shot ▶ Run with a shared engine. */
export function runDemo(req: VerifyRequest & EngineOptions): Promise<RunReport> {
  return engineFor(req).run(req);
}
