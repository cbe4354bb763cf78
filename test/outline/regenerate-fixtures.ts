/**
 * Regenerates fixtures/outline/<name>.expected.json from the current outline stage:
 *   npx tsx test/outline/regenerate-fixtures.ts
 * Review the diff by hand before committing: the expected files are the hand-checked truth the
 * tests compare against.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURE_DIR, fixtureDocument, fixtureNames, outlineWhole, viewOutline } from './fixture-view.js';

for (const name of fixtureNames()) {
  const doc = fixtureDocument(name);
  const view = viewOutline(doc, outlineWhole(doc));
  writeFileSync(resolve(FIXTURE_DIR, `${name}.expected.json`), JSON.stringify(view, null, 2) + '\n');
  console.log(`${name}: ${view.items.length} items, ${view.diagnostics.length} diagnostics`);
}
