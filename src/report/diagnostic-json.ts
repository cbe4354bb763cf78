import type { Diagnostic, DiagnosticArgs, DiagnosticCode, Severity, Stage } from '../core/diagnostics.js';
import type { LineIndex } from '../core/lines.js';
import { formatDiagnostic, type Lang } from '../messages/index.js';

/** A diagnostic in the JSON contracts: its position, code and typed arguments, and the rendered sentence. */
export interface DiagnosticJson {
  line: number;
  column: number;
  code: DiagnosticCode;
  severity: Severity;
  stage: Stage;
  rule: string;
  args: DiagnosticArgs[DiagnosticCode];
  /** `args` rendered in the requested language. */
  message: string;
}

export function diagnosticJson(d: Diagnostic, lines: LineIndex, lang: Lang): DiagnosticJson {
  const { line, column } = lines.position(d.span.start);
  return { line, column, code: d.code, severity: d.severity, stage: d.stage, rule: d.rule, args: d.args, message: formatDiagnostic(d, lang) };
}
