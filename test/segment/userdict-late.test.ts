// A fresh process (vitest runs each file in its own): default dictionary first, a user one later.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sliceSpan } from '../../src/core/span.js';
import { segment } from '../../src/segment/index.js';
import { REPO_ROOT, textDocument } from '../helpers/seed.js';

describe('segment userDict after the default dictionary was loaded', () => {
  it('refuses to switch, naming the reason', () => {
    const doc = textDocument('做好农资保供稳价工作');
    const r = segment(doc, { start: 0, end: doc.text.length });
    expect(r.tokens.map((t) => sliceSpan(doc.text, t.span))).not.toContain('农资保供');
    expect(() => segment(doc, { start: 0, end: doc.text.length }, { userDict: resolve(REPO_ROOT, 'fixtures/segment/user.dict') })).toThrow(
      /already segments with the default dictionary/,
    );
  });
});
