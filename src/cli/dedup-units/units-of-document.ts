import type { DecodedDocument } from '../../core/document.js';
import { LineIndex } from '../../core/lines.js';
import { unitText, type UnitTextOptions } from '../../dedup/index.js';
import { foldText } from '../../normalize/index.js';
import type { UnitSource } from '../../report/dedup.js';
import { maskedDocument, splitVariants } from '../../split/index.js';

/** What `plankit dedup` reads of a decoded document: its path and text (folded here). */
export type DedupDocument = Pick<DecodedDocument, 'path' | 'text'>;

export interface DocumentUnits {
  units: Array<{ id: string; text: string }>;
  /** Where each unit is in its file, in the order of `units`. */
  sources: UnitSource[];
}

/**
 * The dedup units of one decoded document — one per 篇 variant, or the whole page — on its folded
 * content view (chrome blanked, as batch and the library compare), with the lines each one spans.
 */
export function unitsOfDocument(decoded: DedupDocument, options: UnitTextOptions): DocumentUnits {
  const doc = { path: decoded.path, text: decoded.text, folded: foldText(decoded.text).folded };
  const li = new LineIndex(doc.text);
  const split = splitVariants(doc);
  const content = maskedDocument(doc, split.chrome);
  const out: DocumentUnits = { units: [], sources: [] };
  for (const v of split.variants) {
    out.units.push({ id: v.id, text: unitText(content.folded, split.title, v, options) });
    const startLine = li.lineOf(v.header?.start ?? (v.label === null && options.skipTitle !== true ? split.title?.span.start : undefined) ?? v.body.start);
    out.sources.push({ path: doc.path, label: v.label, startLine, endLine: v.body.end > v.body.start ? li.lineOf(v.body.end - 1) : startLine });
  }
  return out;
}
