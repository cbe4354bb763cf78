import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/seed.js';

/**
 * The field model's validation is for a fill-in page too: validate.ts and everything it imports
 * must bundle for a browser — no node: modules, no Node-only packages.
 */
function graph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  for (const m of text.matchAll(/^import\s+(type\s+)?[^'"]*['"]([^'"]+)['"]/gmu)) {
    if (m[1] !== undefined) continue; // types vanish from the bundle
    const spec = m[2]!;
    if (!spec.startsWith('.')) {
      seen.add(spec);
      continue;
    }
    graph(resolve(dirname(entry), spec.replace(/\.js$/, '.ts')), seen);
  }
  return seen;
}

describe('validateFieldValue bundles for a browser', () => {
  it('imports no package and nothing from Node at run time, only two core modules', () => {
    const files = [...graph(resolve(REPO_ROOT, 'src/template/fill/validate.ts'))];
    // A bare specifier would be a package or node:…; there is none.
    expect(files.filter((f) => !f.startsWith('/'))).toEqual([]);
    expect(files.map((f) => f.slice(REPO_ROOT.length + 1)).sort()).toEqual(['src/core/numerals.ts', 'src/core/template.ts', 'src/template/fill/validate.ts']);
  });
});
