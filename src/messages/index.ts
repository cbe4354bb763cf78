/**
 * messages/: the only place that turns typed data into sentences. One table per language; the
 * library returns codes and arguments, and whoever shows them to a person calls these formatters.
 */
import type { Diagnostic, DiagnosticArgs, DiagnosticCode } from '../core/diagnostics.js';
import { DIAGNOSTICS_EN } from './diagnostics-en.js';
import { DIAGNOSTICS_ZH } from './diagnostics-zh.js';
import type { Lang } from './lang.js';
import type { FillProblem } from '../template/fill/problems.js';
import { CLI_FILES_EN } from './cli-files-en.js';
import { CLI_FILES_ZH } from './cli-files-zh.js';
import { FILL_PROBLEMS_EN } from './fill-en.js';
import { FILL_PROBLEMS_ZH } from './fill-zh.js';

export { LANGS, isLang, langFromEnv, type Lang } from './lang.js';
export { CHROME_KIND_NAMES, chromeSummary } from './chrome.js';

const DIAGNOSTICS = { zh: DIAGNOSTICS_ZH, en: DIAGNOSTICS_EN } as const;

/** The sentence for a diagnostic in the given language. */
export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  const format = DIAGNOSTICS[lang][d.code] as (a: DiagnosticArgs[DiagnosticCode]) => string;
  return format(d.args);
}

const FILL_PROBLEMS = { zh: FILL_PROBLEMS_ZH, en: FILL_PROBLEMS_EN } as const;

/** The sentence for a template or values problem in the given language. */
export function formatFillProblem(p: FillProblem, lang: Lang): string {
  const format = FILL_PROBLEMS[lang][p.code] as (a: FillProblem) => string;
  return format(p);
}

export { TYPE_HELP_EN } from './fill-en.js';
export { TYPE_HELP_ZH } from './fill-zh.js';


/** Sentences of the commands that write files, in the given language. */
export function cliFiles(lang: Lang): typeof CLI_FILES_ZH {
  return lang === 'zh' ? CLI_FILES_ZH : CLI_FILES_EN;
}

import { EXPORT_EN } from './export-en.js';
import { EXPORT_ZH } from './export-zh.js';
import type { ExportTexts } from './export-texts.js';
import type { ExportProblem } from '../export/problems.js';

export type { ExportTexts, FormTexts } from './export-texts.js';

/** The Word and fill-in-page texts in one language. */
export function exportTexts(lang: Lang): ExportTexts {
  return lang === 'zh' ? EXPORT_ZH : EXPORT_EN;
}

/** The sentence for an export problem; with `more`, how many others follow it. */
export function formatExportProblem(p: ExportProblem, lang: Lang, more = 0): string {
  const t = exportTexts(lang);
  const format = t.problems[p.code] as (p: ExportProblem) => string;
  return format(p) + (more > 0 ? t.more(more) : '');
}
