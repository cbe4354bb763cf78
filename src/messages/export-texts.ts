import type { SlotType } from '../core/template.js';
import type { ValueReason } from '../export/model.js';
import type { ExportProblem } from '../export/problems.js';

/** Every sentence the Word and fill-in-page exports show, per language (export-zh.ts, export-en.ts). */
export interface ExportTexts {
  typeHelp: Readonly<Record<SlotType, string>>;
  reasons: Readonly<Record<ValueReason, string>>;
  problems: { readonly [C in ExportProblem['code']]: (p: Extract<ExportProblem, { code: C }>) => string };
  /** Beside an optional block's check box in a Word template (the document's own language: Chinese). */
  optionalNote: string;
  /** What `plankit run` says about the Word template and the fill-in page it wrote. */
  runFiles: (dir: string) => string[];
  form: FormTexts;
}

export interface FormTexts {
  lang: string;
  title: string;
  intro: string;
  fields: string;
  optional: string;
  keep: string;
  required: string;
  example: string;
  /** Between a name and what follows it (：in Chinese, `: ` in English). */
  colon: string;
  /** Between a reason and the type's help (；, `; `). */
  semicolon: string;
  unit: string;
  type: string;
  downloadText: string;
  downloadDocx: string;
  downloadYaml: string;
  problems: (n: number) => string;
  cannotDownload: string;
  toggle: string;
  noscript: string;
}
