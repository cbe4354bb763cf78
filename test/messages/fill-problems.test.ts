import { describe, expect, it } from 'vitest';
import { ERROR_KIND, PlankitError, TEMPLATE_PROBLEMS, type ErrorArgs, type FillProblem, type ValueProblem } from '../../src/core/errors.js';
import { formatError, formatFillProblem } from '../../src/messages/index.js';
import { FillError } from '../../src/template/index.js';

/** One problem of every kind: a kind added to FillProblem without a line here fails the type check. */
const SAMPLES: { [P in FillProblem['problem']]: Extract<FillProblem, { problem: P }> } = {
  'unknown-slot': { problem: 'unknown-slot', slot: 's9' },
  'unknown-part': { problem: 'unknown-part', at: 'parts[3]' },
  'unknown-type': { problem: 'unknown-type', slot: 's1', type: 'colour' },
  'unknown-slot-field': { problem: 'unknown-slot-field', slot: 's1', field: '计划年度' },
  'unknown-block-part': { problem: 'unknown-block-part', block: 'o9' },
  'unknown-field': { problem: 'unknown-field', field: '不存在', family: 'F1', known: ['计划年度'] },
  'unknown-block': { problem: 'unknown-block', block: 'o9', family: 'F1' },
  'bad-link': { problem: 'bad-link', field: '党员', target: '不存在' },
  'missing-include': { problem: 'missing-include', block: 'o1', label: '认真学习。' },
  'missing-value': { problem: 'missing-value', field: '公司现有员工', label: '公司现有员工（人）', type: 'count' },
  'bad-value': { problem: 'bad-value', field: '公司现有员工', label: '公司现有员工（人）', type: 'count', value: '-5', reason: 'negative' },
  'surface-mismatch': { problem: 'surface-mismatch' },
};

const REASONS: Record<ValueProblem, true> = {
  empty: true,
  letters: true,
  negative: true,
  'not-number': true,
  'not-whole': true,
  'too-many-parts': true,
  'year-range': true,
  'not-year': true,
  'not-date': true,
  'line-break': true,
  'not-time': true,
  'unknown-type': true,
};

const HAN = /\p{Script=Han}/u;

describe('fill problems: typed, in Chinese and English', () => {
  it.each(Object.values(SAMPLES))('$problem has a Chinese and an English sentence', (p) => {
    const zh = formatFillProblem(p, 'zh');
    const en = formatFillProblem(p, 'en');
    expect(zh).toMatch(HAN);
    expect(en).toMatch(/[a-z]{3}/);
    expect(zh).not.toBe(en);
  });

  it.each(Object.keys(REASONS) as ValueProblem[])('a bad value that is %s names the field, its label and the reason in both languages', (reason) => {
    const p = { ...SAMPLES['bad-value'], reason };
    for (const lang of ['zh', 'en'] as const) {
      const s = formatFillProblem(p, lang);
      expect(s).toContain('公司现有员工');
      expect(s).toContain('公司现有员工（人）');
      expect(s).toContain('-5');
    }
  });

  it('problems of the template are a template error, the others a values error; both exit 1 (not usage)', () => {
    for (const p of Object.values(SAMPLES)) {
      const e = new FillError([p]);
      expect(e.code).toBe(TEMPLATE_PROBLEMS.has(p.problem) ? 'template-problems' : 'values-problems');
      expect(e.kind).not.toBe('usage');
      expect(formatError(e.data, 'zh')).toBe(formatFillProblem(p, 'zh'));
    }
    const two = new FillError([SAMPLES['missing-value'], SAMPLES['bad-value']]);
    expect(formatError(two.data, 'en')).toMatch(/\(and 1 more\)$/);
    expect(formatError(two.data, 'zh')).toMatch(/（另有 1 处）$/);
  });

  it('every values and template file error has a sentence in both languages', () => {
    const args: Partial<{ [C in keyof ErrorArgs]: ErrorArgs[C] }> = {
      'values-syntax': { line: 3, column: 2 },
      'values-not-mapping': {},
      'values-slots-not-mapping': { section: 'fields' },
      'values-slot-type': { field: '计划年度' },
      'values-same-as-type': { field: '党员' },
      'values-surface-shape': {},
      'values-optional-not-mapping': {},
      'values-include-type': { block: 'o1' },
      'values-not-member': { member: 'a.txt#篇9', family: 'F1' },
      'template-syntax': { line: 1 },
      'not-a-template': {},
      'template-shape': { at: 'slots[0].id', expected: 'text' },
      'template-ambiguous': { families: ['F1', 'F2'] },
      'template-not-found': { family: 'F3', file: 't.json', families: ['F1'] },
      'output-is-input': { option: '-o' },
      'output-exists': { option: '--values-out' },
      'bad-link': { value: 'a' },
      'link-failed': { names: ['a', 'b'], why: 'values-differ' },
    };
    for (const code of Object.keys(ERROR_KIND).filter((c) => /^(values-|template-)/.test(c) && c !== 'values-problems' && c !== 'template-problems' && c !== 'values-out-needs-family')) {
      expect(args, code).toHaveProperty([code]);
    }
    for (const [code, a] of Object.entries(args)) {
      const e = new PlankitError(code as keyof ErrorArgs, a);
      expect(formatError(e.data, 'zh'), code).toMatch(HAN);
      expect(formatError(e.data, 'en'), code).not.toBe(formatError(e.data, 'zh'));
    }
  });
});
