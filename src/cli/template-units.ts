import type { Document, SplitResult } from '../core/document.js';
import { LineIndex } from '../core/lines.js';
import type { Locator } from '../report/template.js';
import { planSpan } from '../split/index.js';
import type { FamilyUnit, Locate } from '../template/index.js';

/**
 * The family units of one page: each variant with the page's content view and chrome; a document of
 * one plan from its title on (split/plan-span), so its template keeps the title.
 */
export function pageUnits(content: Document, split: Pick<SplitResult, 'title' | 'variants' | 'chrome'>): FamilyUnit[] {
  const spans = split.chrome.map((c) => c.span);
  return split.variants.map((v) => ({ id: v.id, document: content, body: planSpan(content, split, v), chrome: spans }));
}

/** Positions in the units' files: offsets into each document's text are file offsets already. */
export function unitLocator(units: readonly FamilyUnit[]): Locator & Locate {
  const docs = new Map(units.map((u) => [u.id, u.document]));
  const indexes = new Map<Document, LineIndex>();
  return (member: string, offset: number) => {
    const doc = docs.get(member);
    if (doc === undefined) return { offset, line: 1, column: offset };
    let index = indexes.get(doc);
    if (index === undefined) {
      index = new LineIndex(doc.text);
      indexes.set(doc, index);
    }
    return { offset, ...index.position(offset) };
  };
}
