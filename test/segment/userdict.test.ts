// nodejieba holds one dictionary per process; vitest runs each test file in its own process, so
// this file sees a fresh nodejieba and its tests run in order.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlankitError } from '../../src/core/errors.js';
import { sliceSpan } from '../../src/core/span.js';
import { segment } from '../../src/segment/index.js';
import { loadedUserDict } from '../../src/segment/jieba.js';
import { REPO_ROOT, textDocument } from '../helpers/seed.js';

const dict = (name: string) => resolve(REPO_ROOT, 'fixtures/segment', name);
const TEXT = '做好农资保供稳价工作，新建村级综合服务社，确保不断供。職工之家建设。';
const words = (userDict?: string) => {
  const doc = textDocument(TEXT);
  const opts = userDict === undefined ? {} : { userDict };
  return segment(doc, { start: 0, end: TEXT.length }, opts).tokens.map((t) => sliceSpan(TEXT, t.span));
};
const usage = (f: () => unknown, message: RegExp) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PlankitError);
    expect((e as PlankitError).kind).toBe('usage');
    // The one line the CLI prints: the dictionary's path, then the reason.
    expect(`${(e as PlankitError).path}: ${(e as PlankitError).message}`).toMatch(message);
    return;
  }
  throw new Error('expected a usage error');
};

describe('segment userDict (load once per process)', () => {
  it('a missing or malformed dictionary is a usage error and loads nothing', () => {
    usage(() => words(dict('no-such.dict')), /no-such\.dict: cannot read the user dictionary \(ENOENT\)/);
    usage(() => words(dict('user-bad.dict')), /user-bad\.dict: user dictionary, line 2: expected/);
    expect(loadedUserDict()).toBeUndefined();
  });

  it('the first call loads the dictionary: its words (Traditional ones folded) are single tokens', () => {
    const w = words(dict('user.dict'));
    expect(w).toContain('农资保供');
    expect(w).toContain('村级综合服务社');
    expect(w).toContain('不断供');
    expect(w).toContain('職工之家');
    expect(loadedUserDict()).toBe(dict('user.dict'));
  });

  it('the same dictionary again, or none, uses what is loaded', () => {
    expect(words(dict('user.dict'))).toContain('农资保供');
    expect(words()).toContain('农资保供');
  });

  it('a different dictionary later is refused with a clear message', () => {
    usage(() => words(dict('user-other.dict')), /user-other\.dict: cannot switch to this user dictionary: .*already segments with the user dictionary .*user\.dict/);
  });
});
