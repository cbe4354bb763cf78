/**
 * messages/: the only place that turns typed data into sentences. One table per area and language
 * (diagnostics, errors, help, reports, the reuse page); the library returns codes and arguments, and
 * whoever shows them to a person calls these formatters. Each Chinese table has the type of its
 * English one, so the type checker refuses a key missing in either language.
 */
import type { BatchFailureData } from '../batch/record.js';
import type { Diagnostic, DiagnosticArgs, DiagnosticCode } from '../core/diagnostics.js';
import type { ErrorArgs, ErrorCode, ErrorData } from '../core/errors.js';
import { DIAGNOSTICS_EN } from './diagnostics-en.js';
import { DIAGNOSTICS_ZH } from './diagnostics-zh.js';
import { ERRORS_EN, FAILURES_EN } from './errors-en.js';
import { ERRORS_ZH, FAILURES_ZH } from './errors-zh.js';
import { HELP_EN, type HelpTexts } from './help-en.js';
import { HELP_ZH } from './help-zh.js';
import type { Lang } from './lang.js';
import { REPORTS_EN, type ReportTexts } from './reports-en.js';
import { REPORTS_ZH } from './reports-zh.js';
import { REUSE_PAGE_EN, type ReusePageTexts } from './reuse-page-en.js';
import { REUSE_PAGE_ZH } from './reuse-page-zh.js';

export { LANGS, isLang, langFromArgv, langFromEnv, type Lang } from './lang.js';
export { CHROME_KIND_NAMES, chromeSummary } from './chrome.js';
export type { HelpTexts, ReportTexts, ReusePageTexts };

const DIAGNOSTICS = { zh: DIAGNOSTICS_ZH, en: DIAGNOSTICS_EN } as const;
const ERRORS = { zh: ERRORS_ZH, en: ERRORS_EN } as const;
const FAILURES = { zh: FAILURES_ZH, en: FAILURES_EN } as const;
const HELP: Readonly<Record<Lang, HelpTexts>> = { zh: HELP_ZH, en: HELP_EN };
const REPORTS: Readonly<Record<Lang, ReportTexts>> = { zh: REPORTS_ZH, en: REPORTS_EN };
const REUSE_PAGE: Readonly<Record<Lang, ReusePageTexts>> = { zh: REUSE_PAGE_ZH, en: REUSE_PAGE_EN };

/** The sentence for a diagnostic in the given language. */
export function formatDiagnostic(d: Pick<Diagnostic, 'code' | 'args'>, lang: Lang): string {
  const format = DIAGNOSTICS[lang][d.code] as (a: DiagnosticArgs[DiagnosticCode]) => string;
  return format(d.args);
}

/** The sentence for an error (without its path) in the given language. */
export function formatError(e: ErrorData | { code: ErrorCode; args: ErrorArgs[ErrorCode] }, lang: Lang): string {
  const format = ERRORS[lang][e.code] as (a: ErrorArgs[ErrorCode]) => string;
  return format(e.args);
}

/** The sentence for a batch file failure: a PlankitError's or batch's own (timeout, worker crash, bug). */
export function formatFailure(e: ErrorData | BatchFailureData, lang: Lang): string {
  switch (e.code) {
    case 'timeout':
      return FAILURES[lang].timeout(e.args);
    case 'worker-crash':
      return FAILURES[lang]['worker-crash'](e.args);
    case 'internal':
      return FAILURES[lang].internal(e.args);
    default:
      return formatError(e, lang);
  }
}

/** The command-line help texts. */
export function helpTexts(lang: Lang): HelpTexts {
  return HELP[lang];
}

/** The texts of the CLI's text reports and stderr notices. */
export function reportTexts(lang: Lang): ReportTexts {
  return REPORTS[lang];
}

/** The headings and notes of the reuse report page. */
export function reusePageTexts(lang: Lang): ReusePageTexts {
  return REUSE_PAGE[lang];
}
