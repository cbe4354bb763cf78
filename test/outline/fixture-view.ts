import { formatDiagnostic, reportTexts } from '../../src/messages/index.js';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineIndex } from '../../src/core/lines.js';
import type { Document } from '../../src/core/document.js';
import type { Outline } from '../../src/core/outline.js';
import { buildOutline } from '../../src/outline/index.js';
import { REPO_ROOT, textDocument } from '../helpers/seed.js';

export const FIXTURE_DIR = resolve(REPO_ROOT, 'fixtures/outline');

/** The fixture texts (fixtures/outline/*.txt), by name without extension. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.txt') && !f.endsWith('.fixed.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function fixtureDocument(name: string): Document {
  return textDocument(readFileSync(resolve(FIXTURE_DIR, `${name}.txt`), 'utf8'), `${name}.txt`);
}

export function outlineWhole(doc: Document): Outline {
  return buildOutline(doc, { start: 0, end: doc.text.length });
}

/**
 * A compact, hand-checkable view of an outline — one string per item:
 * `L<line> d<depth> ^<parent line or -> <style> <ordinal>→<renumbered> <marker> <kind> «title»`.
 */
export function viewOutline(doc: Document, outline: Outline): {
  items: string[];
  diagnostics: string[];
  gbt: { conforms: boolean; deviations: string[]; rewrites: string[]; notes: string[] };
} {
  const lines = new LineIndex(doc.text);
  const lineOf = (offset: number): number => lines.lineOf(offset);
  const items = outline.items.map((it) => {
    const parent = it.parent === null ? '-' : `L${lineOf((outline.items[it.parent] as (typeof outline.items)[number]).span.start)}`;
    const title = doc.text.slice(it.titleSpan.start, it.titleSpan.end);
    return `L${lineOf(it.span.start)} d${it.depth} ^${parent} ${it.style} ${it.ordinal}→${it.renumbered} ${it.marker} ${it.kind} «${title}»`;
  });
  const diagnostics = outline.diagnostics.map((d) => `L${lineOf(d.span.start)} ${d.code} ${d.severity}: ${formatDiagnostic(d, 'en')}`);
  const c = outline.conformance;
  return {
    items,
    diagnostics,
    gbt: {
      conforms: c.conforms,
      deviations: c.deviations.map((d) => `L${lineOf(d.span.start)} level ${d.level}: ${d.found} → ${d.suggested}`),
      rewrites: c.rewrites.map((r) => `L${lineOf(r.span.start)} ${r.from} → ${r.to}`),
      notes: c.notes.map((n) => reportTexts('en').gbtNote(n)),
    },
  };
}
