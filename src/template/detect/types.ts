import type { Diagnostic } from '../../core/diagnostics.js';
import type { Document, Token } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import type { Slot } from '../../core/template.js';

/** Options of detectSlots; every threshold is named here with its default. */
export interface SlotOptions {
  /** Also report numbers that name things (“大干100天”, 建国60周年, 九届三次) as `ordinal` slots. */
  all?: boolean;
  /** Longest quoted passage whose numbers count as names (longer quotes are prose, not slogans). */
  quoteNameMaxLength?: number;
  /** Tokens of the body from the segment stage; improve labels and the 人/个 rules when given. */
  tokens?: readonly Token[];
  /** Longest context (characters) a label takes from the text. */
  labelMaxLength?: number;
  /**
   * How far after a classifier (characters) the noun it counts may end for a blank followed by its
   * noun (为__名高龄、独居老人: 7); see hollow-noun.ts.
   */
  nounHeadWindow?: number;
  /** Slots whose confidence is below this are left out (0 keeps every slot). */
  minConfidence?: number;
  /**
   * Spans of the document that are not content (page chrome from the split stage: breadcrumbs,
   * collection titles, page counters …): no slot lies inside one.
   */
  chrome?: readonly Span[];
  /**
   * The numbering markers of the body when the outline stage has already read them (the pipeline
   * has); the outline-marker exclusion reads the outline itself when absent.
   */
  outlineMarkers?: readonly Span[];
  /**
   * Rules to leave out, to measure what each earns: a detector (`time`, `hollow`), a placeholder
   * family (`placeholder/lone-letter`) or an exclusion (`exclude/page-counter`).
   */
  disable?: readonly string[];
}

export const DEFAULT_SLOT_OPTIONS = {
  all: false,
  quoteNameMaxLength: 40,
  labelMaxLength: 10,
  nounHeadWindow: 8,
  minConfidence: 0,
} as const;

/** What each detector sees: the folded text (analysis) and the original (values and units as written). */
export interface DetectContext {
  doc: Document;
  /** doc.folded: Simplified, half-width, same offsets as doc.text. */
  folded: string;
  body: Span;
  /** Quoted passages short enough to be names. */
  quotes: readonly Span[];
  all: boolean;
  /** SlotOptions.nounHeadWindow with its default. */
  nounHeadWindow: number;
  tokens: readonly Token[] | undefined;
  /** SlotOptions.outlineMarkers. */
  outlineMarkers: readonly Span[] | undefined;
  /**
   * Places no slot may overlap (chrome and what the exclusions find), merged and sorted; filled in
   * before the detectors run, so a detector can read a number from where an excluded marker ends
   * (2.2小时: item 2. then 2小时).
   */
  notBlanks: readonly Span[];
  /** SlotOptions.disable: rules left out. */
  disabled: ReadonlySet<string>;
  /** Findings a detector reports about places it did not make a slot of (possible blanks). */
  report(d: Diagnostic): void;
}

/** A slot before its label is given (labels are made once, after all detectors ran). */
export type RawSlot = Omit<Slot, 'label'> & {
  /** A label the rule read from the text itself ([姓名] → 姓名); the context label otherwise. */
  label?: string;
  /** What the slot occupies in the text beyond its span: the unit after a number (11人次 claims 人次). */
  claim?: Span;
};

/**
 * One rule per detector file. Detectors run in the order of the array in index.ts; a slot that
 * overlaps (or, for a blank, touches the inside of) a slot found earlier is dropped, so the more
 * specific detector goes first.
 */
export interface SlotDetector {
  name: string;
  detect(ctx: DetectContext): RawSlot[];
}

/**
 * A rule that finds places that are NOT blanks although a detector could read one there: outline
 * markers, article numbers (第X条), variant and collection counters (篇1, 精选10篇), page counters,
 * fixed specifications (十四位数字). No slot may overlap what it returns.
 */
export interface SlotExclusion {
  name: string;
  find(ctx: DetectContext): Span[];
}
