import { describe, expect, it } from 'vitest';
import { dedupTextReport } from '../../src/cli/commands/dedup.js';
import { findDuplicates } from '../../src/dedup/index.js';
import { LANGS, reportTexts } from '../../src/messages/index.js';
import { planParagraphs } from '../../scripts/lib/plan-text.js';
import { Rng } from '../../scripts/lib/rng.js';

describe('family report messages', () => {
  const plan = planParagraphs(new Rng(3), 1500);
  const r = findDuplicates([
    { id: 'a.txt#篇1', text: plan.join('\n') },
    { id: 'a.txt#篇2', text: plan.slice(0, Math.ceil(plan.length / 2)).join('\n') },
    { id: 'b.txt', text: planParagraphs(new Rng(4), 800).join('\n') },
  ]);

  it('names every relation in both languages, differently', () => {
    for (const lang of LANGS) {
      const t = reportTexts(lang);
      expect(Object.keys(t.relation).sort()).toEqual(['contained', 'identical', 'near-duplicate', 'overlap']);
      expect(t.dedupMemberColumns).toHaveLength(10);
    }
    expect(reportTexts('zh').relation.contained).not.toBe(reportTexts('en').relation.contained);
  });

  it('shows the canonical member and why each member joined, in Chinese and in English', () => {
    const zh = dedupTextReport(r, true, 'zh');
    expect(zh).toContain('代表篇');
    expect(zh).toMatch(/a\.txt#篇2 +与 篇1 被包含 +被包含 +0\.\d{3} +100%/);
    expect(zh).toContain('单独成篇\n  b.txt');
    const en = dedupTextReport(r, true, 'en');
    expect(en).toContain('canonical');
    expect(en).toMatch(/a\.txt#篇2 +contained with 篇1 +contained +0\.\d{3} +100%/);
    expect(en).toContain('Alone\n  b.txt');
  });

  it('says when a member came in as another cut of the same text (同文不同段)', () => {
    // Two cuts of one plan: the first 70% and the last 70% of its paragraphs. Each holds well over
    // half of the other as whole paragraphs, so the overlap links them; neither contains the other.
    const whole = planParagraphs(new Rng(5), 1500);
    const n = whole.length;
    const cuts = findDuplicates([
      { id: 'a.txt#篇1', text: whole.slice(0, Math.round(n * 0.7)).join('\n') },
      { id: 'a.txt#篇2', text: whole.slice(Math.round(n * 0.3)).join('\n') },
    ]);
    expect(cuts.families).toHaveLength(1);
    expect(cuts.families[0]?.delta[0]?.join.link).toBe('overlap');
    expect(dedupTextReport(cuts, false, 'zh')).toMatch(/a\.txt#篇\d +与 篇\d 同文不同段 +部分重叠 +0\.\d{3} /);
    expect(dedupTextReport(cuts, false, 'en')).toMatch(/a\.txt#篇\d +another cut of 篇\d +overlap +0\.\d{3} /);
  });
});
