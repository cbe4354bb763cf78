import type { ChromeKind } from '../../core/document.js';
import { loadDataFile } from '../data-file.js';

/** How a pattern of data/chrome/patterns.tsv applies to a line (see the file's header). */
export type PatternScope = 'line' | 'prefix' | 'contains' | 'inline';

export interface ChromePattern {
  kind: ChromeKind;
  scope: PatternScope;
  /** Compiled for the scope: anchored for line/prefix, global for inline and contains (reset `lastIndex` before a scan). */
  re: RegExp;
  /** `split/chrome/patterns#<line in the data file>`, so a finding names the entry that made it. */
  rule: string;
}

export const PATTERNS_FILE = 'data/chrome/patterns.tsv';

const KINDS: ReadonlySet<string> = new Set<ChromeKind>([
  'breadcrumb', 'login-menu', 'collection-title', 'editor-blurb', 'read-count', 'viewer-page',
  'download', 'file-name', 'timestamp', 'related-list', 'copyright-footer',
]);
const SCOPES: ReadonlySet<string> = new Set<PatternScope>(['line', 'prefix', 'contains', 'inline']);

let compiled: ChromePattern[] | null = null;

/** The chrome patterns, compiled once; a bad kind, scope or expression throws with its line. */
export function chromePatterns(): readonly ChromePattern[] {
  if (compiled !== null) return compiled;
  const file = loadDataFile(PATTERNS_FILE);
  compiled = file.rows.map(({ line, cells }) => {
    const { kind, scope, pattern } = cells as { kind: string; scope: string; pattern: string };
    if (!KINDS.has(kind)) throw new Error(`${file.path}:${line}: unknown chrome kind "${kind}"`);
    if (!SCOPES.has(scope)) throw new Error(`${file.path}:${line}: unknown scope "${scope}"`);
    const source = scope === 'line' ? `^(?:${pattern})$` : scope === 'prefix' ? `^(?:${pattern})` : pattern;
    let re: RegExp;
    try {
      re = new RegExp(source, scope === 'inline' || scope === 'contains' ? 'gu' : 'u');
    } catch (e) {
      throw new Error(`${file.path}:${line}: ${(e as Error).message}`, { cause: e });
    }
    return { kind: kind as ChromeKind, scope: scope as PatternScope, re, rule: `split/chrome/patterns#${line}` };
  });
  return compiled;
}

/** One expression per group of scopes that matches where any of the group's patterns does. */
export interface ChromeScreens {
  /** Some `line` or `prefix` pattern fits the whole trimmed line. */
  line: RegExp;
  /** Some `inline` or `contains` pattern matches somewhere in the text. */
  scan: RegExp;
}

let screens: ChromeScreens | null = null;

/**
 * Screens for the chrome patterns: every line of every page is tried against every pattern, and
 * almost no line of a plan is chrome, so one test of the union first turns most lines away in one
 * pass instead of fifty (a pattern that matches makes its union match; the patterns use no
 * back-references, which an alternation would renumber).
 */
export function chromeScreens(): ChromeScreens {
  if (screens !== null) return screens;
  const sources = (scopes: readonly PatternScope[]): string =>
    chromePatterns()
      .filter((p) => scopes.includes(p.scope))
      .map((p) => `(?:${p.re.source})`)
      .join('|') || '(?!)';
  screens = { line: new RegExp(sources(['line', 'prefix']), 'u'), scan: new RegExp(sources(['inline', 'contains']), 'u') };
  return screens;
}
