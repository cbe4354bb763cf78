import type { ChromeKind } from './document.js';
import type { Span } from './span.js';

/**
 * Every finding about the content is a Diagnostic: plain data that survives worker threads and JSON.
 * The library never writes sentences: a diagnostic carries a code, the stage and rule that found it,
 * a severity, a span and typed arguments; `src/messages/` renders it in Chinese or English.
 *
 * DiagnosticArgs is the single list of codes and their argument shapes. A stage that adds a code adds
 * it here (with its stage in DIAGNOSTIC_STAGE) and a sentence for it in every language of
 * `src/messages/`; the type checker refuses a code without both.
 */
export interface DiagnosticArgs {
  // read
  /** Undecodable byte sequences became U+FFFD. `line` is where the first one is. */
  'replacement-chars': { count: number; line: number };
  /** The charset was guessed with low confidence: too few characters, or another reads almost as well. */
  'encoding-guess': {
    encoding: string;
    reason: 'few-characters' | 'close-second';
    /** Non-ASCII characters the guess was based on. */
    signal: number;
    /** The encoding that read almost as well (reason close-second). */
    rival?: string;
    candidates: Array<{ encoding: string; score: number; chardet: number }>;
  };
  /** A charset the document declares (<meta>, <?xml?>) was not believed. */
  'charset-ignored': {
    declared: string;
    /** Where the declaration is: meta (a <meta> tag) or xml (an <?xml?> prolog). */
    where: 'meta' | 'xml';
    problem: 'unknown-charset' | 'bytes-disagree';
    /** An encoding that reads the bytes instead (problem bytes-disagree), when one does. */
    readsAs?: string;
  };
  /** The HTML parser had to repair the markup. */
  'html-malformed': { count: number; problems: Array<{ sourceLine: number; problem: HtmlProblem; detail: string }> };
  /** Stray C0 control characters in text. `codePoint` is the first one, as U+XXXX. */
  'control-chars': { count: number; line: number; codePoint: string };
  // split
  /** A page without 篇 headers is one variant. */
  'no-variants': Record<string, never>;
  /** Two variants carry the same label; the later one's id gets a suffix. */
  'duplicate-label': { label: string; occurrence: number; id: string };
  /** Text between the title and the first variant header belongs to no variant. */
  preamble: Record<string, never>;
  /** A list heading ("精选5篇") announces another number of variants than found. */
  'variant-count': { announced: number; found: number };
  /** Page chrome (site text, not the document) left out of every later stage: one block of one kind. */
  chrome: { kind: ChromeKind; spans: number };
  /** Every line of the page is chrome (or the title alone): there is no document text to read. */
  'chrome-only': { spans: number };
  // outline — `marker` is the marker as written, `previous` the sibling it follows (null: none)
  gap: { marker: string; previous: string | null; expected: number; found: number; inline: boolean };
  duplicate: { marker: string; previous: string; expected: number; found: number };
  restart: { marker: string; previous: string; previousOrdinal: number };
  malformed: { marker: string; style: string; problem: MarkerProblem; intended: string };
  'mixed-style': { marker: string; previous: string; style: string; siblingStyle: string };
  'out-of-order': { marker: string; previous: string; expected: number; found: number };
  'gbt-9704': { marker: string; level: number; suggested: string };
  /** The text was run together into long lines: markers after a sentence end were read as items. */
  'run-together': { items: number; longLines: number };
  // template
  /** A unit with no number before it, but nothing says what is counted: not made a slot. */
  'slot-ambiguous': { before: string; unit: string };
  /** Two detectors claimed overlapping text; the first one's slot was kept. */
  'slot-conflict': { detector: string; type: string; rivalDetector: string; rivalType: string };
}

/** Why the HTML reader reports markup as broken. */
export type HtmlProblem = 'parse-error' | 'stray-tag' | 'unclosed-element';

/** Why a numbering marker is a misformed variant of its style. */
export type MarkerProblem = 'dun-inside-brackets';

export type DiagnosticCode = keyof DiagnosticArgs;

export type Stage = 'read' | 'split' | 'outline' | 'template';

/** The stage each code belongs to. */
export const DIAGNOSTIC_STAGE: { readonly [C in DiagnosticCode]: Stage } = {
  'replacement-chars': 'read',
  'encoding-guess': 'read',
  'charset-ignored': 'read',
  'html-malformed': 'read',
  'control-chars': 'read',
  'no-variants': 'split',
  'duplicate-label': 'split',
  preamble: 'split',
  'variant-count': 'split',
  chrome: 'split',
  'chrome-only': 'split',
  gap: 'outline',
  duplicate: 'outline',
  restart: 'outline',
  malformed: 'outline',
  'mixed-style': 'outline',
  'out-of-order': 'outline',
  'gbt-9704': 'outline',
  'run-together': 'outline',
  'slot-ambiguous': 'template',
  'slot-conflict': 'template',
};

export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_STAGE) as DiagnosticCode[];

export type Severity = 'error' | 'warning' | 'info';

/** A diagnostic of one code: its arguments have that code's shape. */
export interface DiagnosticOf<C extends DiagnosticCode> {
  code: C;
  stage: Stage;
  /** The rule that found it, as `<stage>/<file>` (e.g. `outline/tree`, `read/replacement-chars`). */
  rule: string;
  severity: Severity;
  span: Span;
  args: DiagnosticArgs[C];
}

/** Any diagnostic; `switch (d.code)` narrows `d.args`. */
export type Diagnostic = { [C in DiagnosticCode]: DiagnosticOf<C> }[DiagnosticCode];

export function diagnostic<C extends DiagnosticCode>(code: C, rule: string, severity: Severity, span: Span, args: DiagnosticArgs[C]): DiagnosticOf<C> {
  return { code, stage: DIAGNOSTIC_STAGE[code], rule, severity, span, args };
}

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(DIAGNOSTIC_STAGE, code);
}
