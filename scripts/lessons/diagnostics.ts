// Build errors carry the lesson file and a 1-based line, printed as `file:line: message`.

export interface LessonDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export function formatDiagnostic(d: LessonDiagnostic): string {
  return `${d.file}:${d.line}: ${d.message}`;
}
