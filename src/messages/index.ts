/**
 * messages/: the only place that turns typed data into sentences. One table per language; the
 * library returns codes and arguments, and whoever shows them to a person calls these formatters.
 */
import type { Diagnostic, DiagnosticArgs, DiagnosticCode } from '../core/diagnostics.js';
import { DIAGNOSTICS_EN } from './diagnostics-en.js';
import { DIAGNOSTICS_ZH } from './diagnostics-zh.js';
import { FAMILIES_EN } from './families-en.js';
import { FAMILIES_ZH } from './families-zh.js';
import type { FamilyMessages } from './families.js';
import type { Lang } from './lang.js';

export { LANGS, isLang, langFromEnv, type Lang } from './lang.js';
export { CHROME_KIND_NAMES, chromeSummary } from './chrome.js';
export type { FamilyMessages } from './families.js';

const DIAGNOSTICS = { zh: DIAGNOSTICS_ZH, en: DIAGNOSTICS_EN } as const;

/** The sentence for a diagnostic in the given language. */
export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  const format = DIAGNOSTICS[lang][d.code] as (a: DiagnosticArgs[DiagnosticCode]) => string;
  return format(d.args);
}

const FAMILIES = { zh: FAMILIES_ZH, en: FAMILIES_EN } as const;

/** The sentences and labels of the family report in the given language. */
export function familyMessages(lang: Lang): FamilyMessages {
  return FAMILIES[lang];
}
