import type { Chrome, Document, Variant } from '../core/document.js';
import { LineIndex } from '../core/lines.js';
import type { Locator } from '../report/template.js';
import type { FamilyUnit, Locate } from '../template/index.js';

/** The family units of one page: each variant with its document and the page's chrome. */
export function pageUnits(document: Document, variants: readonly Variant[], chrome: readonly Chrome[]): FamilyUnit[] {
  const spans = chrome.map((c) => c.span);
  return variants.map((v) => ({ id: v.id, document, body: v.body, chrome: spans }));
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
