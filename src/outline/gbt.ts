import { diagnostic, type Diagnostic } from '../core/diagnostics.js';
import { toChineseNumeral } from '../core/numerals.js';
import { foldWidth } from '../normalize/index.js';
import type { GbtDeviation, GbtNote, GbtReport, MarkerRewrite, OutlineItem, OutlineStyle } from '../core/outline.js';
import type { MarkerRule } from './markers/rule.js';
import { STYLE_INFO } from './styles.js';

/**
 * GB/T 9704-2012 7.3.3: 结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注. The standard writes
 * the brackets full-width and the third level with a full stop; these are the forms `--fix` writes.
 */
export const GBT_LEVEL_FORMS: ReadonlyArray<(n: number) => string> = [
  (n) => `${toChineseNumeral(n)}、`,
  (n) => `（${toChineseNumeral(n)}）`,
  (n) => `${n}.`,
  (n) => `（${n}）`,
];

/**
 * The conformance report and the marker rewrites of `--fix`. An item's GB/T level counts the
 * numbered levels above it. Prose enumerators (一是, 第一，, 首先) and 第X部分/章/节 headings take no
 * level; 第X条/款 and everything under them (the （一） 项 of an article) follow legal drafting
 * rules, not GB/T 9704. Those, and levels deeper than four, are renumbered in their own form only.
 * A marker that differs from the GB/T form only in width (（一） vs (一)) conforms and is kept.
 */
export function conformance(items: readonly OutlineItem[], folded: string, rules: ReadonlyMap<OutlineStyle, MarkerRule>): GbtReport {
  const deviations: GbtDeviation[] = [];
  const rewrites: MarkerRewrite[] = [];
  const diagnostics: Diagnostic[] = [];
  const numbered: number[] = []; // numbered GB/T levels from the top down to and including item i
  const legal: boolean[] = []; // item i is, or lies under, a 第X条/款 marker
  let deeper = 0;
  let structural = 0;
  let legalCount = 0;
  let prose = 0;

  items.forEach((item, i) => {
    const info = STYLE_INFO[item.style];
    const above = item.parent === null ? 0 : (numbered[item.parent] ?? 0);
    numbered[i] = above + (info.gbt === 'level' ? 1 : 0);
    legal[i] = info.gbt === 'legal' || (item.parent !== null && legal[item.parent] === true);
    if (item.kind === 'inline') return; // inline enumerations are text, left as written
    const level = numbered[i];
    const form = info.gbt === 'level' && !legal[i] ? GBT_LEVEL_FORMS[level - 1] : undefined;
    if (legal[i]) legalCount++;
    else if (info.gbt === 'structural') structural++;
    else if (info.gbt === 'prose') prose++;
    else if (form === undefined) deeper++;

    // Width is not a deviation: (一) and 1． are the GB/T forms written half- or full-width.
    const asWritten = folded.slice(item.markerSpan.start, item.markerSpan.end);
    const gbtForm = form?.(item.renumbered);
    const to = gbtForm !== undefined ? (foldWidth(gbtForm) === asWritten ? item.marker : gbtForm) : (rules.get(item.style)?.renumber(item.marker, item.renumbered) ?? item.marker);
    if (to !== item.marker) rewrites.push({ item: i, span: item.markerSpan, from: item.marker, to });
    if (gbtForm !== undefined && to !== item.marker) {
      deviations.push({ item: i, level, found: item.marker, suggested: to, span: item.markerSpan });
      diagnostics.push(
        diagnostic('gbt-9704', 'outline/gbt', 'info', item.markerSpan, { marker: item.marker, level, suggested: to }),
      );
    }
  });

  const counts: ReadonlyArray<[GbtNote['kind'], number]> = [
    ['deeper', deeper],
    ['structural', structural],
    ['legal', legalCount],
    ['prose', prose],
  ];
  const notes: GbtNote[] = counts.filter(([, count]) => count > 0).map(([kind, count]) => ({ kind, count }));
  return { standard: 'GB/T 9704-2012', conforms: deviations.length === 0, deviations, rewrites, diagnostics, notes };
}
