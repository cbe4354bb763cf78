import type { Span } from './span.js';

/**
 * Placeholders that 范文 sites leave where an organisation's own value goes: 20xx, xx, XX, ××, __,
 * ＿＿, ~, ○○, 某某, X月X日, [ ], and * (a word the site redacted). Shared by segment/ (kept as one
 * token), dedup/ (normalised so 20xx ≡ 20__ ≡ 2023) and template/ (placeholder slots).
 */
export type PlaceholderShape = 'year' | 'date' | 'letters' | 'underscore' | 'circles' | 'mou' | 'brackets' | 'tilde' | 'star';

export interface PlaceholderMatch {
  span: Span;
  shape: PlaceholderShape;
}

// Order matters: longer, more specific shapes first so 20xx is one year, not "20" + "xx".
const SOURCES: Array<[PlaceholderShape, string]> = [
  ['year', String.raw`(?:19|20|２０)(?:[xX×ｘＸ]{2}|[_＿]{2,})`],
  // X月X日, and a lone X before 月/日/号 (每月X日, X月份).
  ['date', String.raw`[xX×ｘＸ]{1,2}月[xX×ｘＸ]{1,2}日|(?<![A-Za-zＡ-Ｚａ-ｚ])[xX×ｘＸ](?=[月日号])`],
  ['letters', String.raw`(?<![A-Za-z])(?:[xX]{2,}|[ｘＸ]{2,}|×{2,})(?![A-Za-z])`],
  ['underscore', String.raw`[_＿]{2,}`],
  ['circles', String.raw`[○◯]{2,}`],
  ['mou', String.raw`某某`],
  ['brackets', String.raw`[\[［]\s*[\]］]`],
  // ~ as a stand-in for a year or number (~年), but not inside a range such as 3~5.
  ['tilde', String.raw`(?<![0-9０-９])[~～](?![0-9０-９])`],
  // * marks a redacted word; ** as well.
  ['star', String.raw`[*＊]+`],
];

const COMBINED = new RegExp(SOURCES.map(([name, src]) => `(?<${name}>${src})`).join('|'), 'gu');

/** All placeholders in `text`, left to right, non-overlapping. */
export function findPlaceholders(text: string, from = 0, to = text.length): PlaceholderMatch[] {
  const out: PlaceholderMatch[] = [];
  // One compiled expression for every call (dedup calls this on slices of every unit); the loop
  // below runs to completion before anything else can use it.
  const re = COMBINED;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const groups = m.groups ?? {};
    const shape = (Object.keys(groups) as PlaceholderShape[]).find((k) => groups[k] !== undefined);
    if (shape === undefined) continue;
    out.push({ span: { start: m.index, end: m.index + m[0].length }, shape });
  }
  return out;
}
