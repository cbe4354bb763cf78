import { usageError, withinRange } from '../core/errors.js';

/**
 * Thresholds of the outline stage, named and documented; callers override any of them.
 */
export interface OutlineOptions {
  /**
   * Largest ordinal an Arabic marker (1、 1. 1) (1)) may carry at a line start. A line starting
   * with "2023." or "300、" is a date or a quantity, not the 300th item of a plan.
   */
  maxArabicOrdinal?: number;
  /** Longest text (characters) after a marker that still reads as a heading title rather than a list paragraph. */
  headingMaxChars?: number;
  /**
   * Longest label before a colon that is split off as the title of a heading merged with its body
   * (一、指导思想：全面贯彻… → title 指导思想).
   */
  headingLabelMaxChars?: number;
  /** An inline enumeration (…：一是…；二是…) counts only when it has at least this many members. */
  inlineMinRun?: number;
  /**
   * A run that starts again at 1 under the same parent right after a lead-in sentence ending with a
   * colon (对于重点单位，还要做到：) is a new list, not a restart with a missing heading. A short
   * label (三月份：, no comma, at most headingLabelMaxChars) does not count: it is a heading that
   * lacks its number, and the restart under it is reported.
   */
  allowRestartAfterLeadIn?: boolean;
  /**
   * Run-together text (paragraphs joined into long lines): true reads markers after a sentence end
   * inside lines as items (run-together.ts), false never does, 'auto' decides on the whole document.
   */
  runTogether?: boolean | 'auto';
  /** 'auto' calls a text run together when at least this many markers stand after sentence or clause ends inside lines. */
  runTogetherMinMarkers?: number;
  /** … and at least this share of the markers that start lines (see run-together.ts). */
  runTogetherMinShare?: number;
  /**
   * 'auto' calls a text laid out one article a line, and never run together, when at least this
   * share of its non-blank lines start with 第X条 (or 第X章/节/部分) and fewer articles stand inside its
   * lines after a sentence end than start them: the 一、(一) inside such a line enumerate within
   * the article (第二条　本法用词，定义如下：一、…).
   */
  articleLinesMinShare?: number;
}

export type ResolvedOutlineOptions = Required<OutlineOptions>;

export const DEFAULT_OUTLINE_OPTIONS: ResolvedOutlineOptions = {
  maxArabicOrdinal: 200,
  headingMaxChars: 40,
  headingLabelMaxChars: 12,
  inlineMinRun: 2,
  allowRestartAfterLeadIn: true,
  runTogether: 'auto',
  runTogetherMinMarkers: 2,
  runTogetherMinShare: 0.4,
  articleLinesMinShare: 0.5,
};

export function resolveOutlineOptions(options: OutlineOptions = {}): ResolvedOutlineOptions {
  const r: ResolvedOutlineOptions = { ...DEFAULT_OUTLINE_OPTIONS };
  for (const key of Object.keys(DEFAULT_OUTLINE_OPTIONS) as Array<keyof OutlineOptions>) {
    const v = options[key];
    if (v !== undefined) (r as unknown as Record<string, unknown>)[key] = v;
  }
  for (const key of ['maxArabicOrdinal', 'headingMaxChars', 'headingLabelMaxChars', 'inlineMinRun', 'runTogetherMinMarkers'] as const) {
    if (!Number.isInteger(r[key]) || r[key] < 1) throw usageError('bad-option', { stage: 'outline', option: key, value: String(r[key]), range: { kind: 'integer', min: 1 } });
  }
  for (const key of ['runTogetherMinShare', 'articleLinesMinShare'] as const) {
    if (!withinRange(r[key], { kind: 'share' })) throw usageError('bad-option', { stage: 'outline', option: key, value: String(r[key]), range: { kind: 'share' } });
  }
  if (r.runTogether !== true && r.runTogether !== false && r.runTogether !== 'auto') {
    throw usageError('bad-choice', { option: 'runTogether', value: String(r.runTogether as unknown), choices: ['true', 'false', 'auto'] });
  }
  return r;
}
