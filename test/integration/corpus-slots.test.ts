import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/core/span.js';
import type { Slot } from '../../src/core/template.js';
import type { Analysis } from '../../src/pipeline.js';
import { runCli } from '../helpers/cli.js';
import { analyzedPage, CORPUS_INPUTS, corpusPath, linesOf, locate, PAGES, variantOf, type CorpusAnnotation, type CorpusPage } from '../helpers/corpus-pages.js';

/**
 * End to end: the sample slots of corpus/manifest.json (hollow blanks, placeholders, literals) are
 * found by the pipeline where the manifest puts them, and the number-names it lists are not slots
 * by default. `plankit slots --format json` reports the same slots as the library.
 */

/**
 * Manifest claims the slot stage gets wrong (the page text checked: the manifest is right), left out
 * of the assertions below and reported to the lead. Empty: the 14 misses and 2 false slots found
 * when this file was written were fixed in the template stage (b8dab4f); add an entry, with what
 * the stage gives, only together with a report.
 */
const STAGE_MISSES: ReadonlyArray<{ file: string; variant: string; text: string; got: string }> = [];

/** Number-names the slot stage takes for quantities (the manifest is right: they are names). Empty, as above. */
const STAGE_FALSE_SLOTS: ReadonlyArray<{ file: string; variant: string; text: string; got: string }> = [];

function known(list: ReadonlyArray<{ file: string; variant: string; text: string }>, page: CorpusPage, c: CorpusAnnotation): boolean {
  return list.some((k) => k.file === page.file && k.variant === c.variant && k.text === c.text);
}

/** Characters a placeholder is made of (20xx, XX, ××, 20__, 某某, X月X日 …); year digits and 年月日 are not. */
const PLACEHOLDER_MARK = /[xX×_＿某○*~]/;
/** How many blanks a hollow claim holds when its note says more than one per unit. */
const NOTE_COUNTS: Record<string, number> = { two: 2, three: 3 };

function hollowCount(c: CorpusAnnotation, units: string[]): number {
  const word = /\b(two|three) hollow\b/.exec(typeof c.note === 'string' ? c.note : '');
  return word ? (NOTE_COUNTS[word[1] as string] as number) : units.length;
}

/** Slots inside the claim's text; a hollow blank may sit at the claim's very end (…人次 with the blank before 人次 is inside). */
function slotsIn(slots: readonly Slot[], at: Span): Slot[] {
  return slots.filter((s) => s.span.start >= at.start && s.span.end <= at.end);
}

function checkClaim(a: Analysis, page: CorpusPage, c: CorpusAnnotation): void {
  const v = variantOf(a, c.variant);
  const at = locate(a, v, c.text, c.line);
  const text = a.document.text;
  const inside = slotsIn(v.slots, at);
  const what = `${page.file} ${c.variant} "${c.text}" (${c.kind as string})`;
  if (c.kind === 'hollow') {
    // A blank (empty span) before each listed unit, as many as the claim holds.
    const units = String(c.unit).split(' / ');
    const hollows = inside.filter((s) => s.kind === 'hollow');
    for (const h of hollows) expect(h.span.end - h.span.start, what).toBe(0);
    for (const u of units) expect(hollows.map((h) => h.unit), what).toContain(u);
    expect(hollows.length, what).toBeGreaterThanOrEqual(hollowCount(c, units));
    for (const h of hollows) expect(text.startsWith(h.unit, h.span.start), `${what}: unit ${h.unit} follows the blank`).toBe(true);
    return;
  }
  // Placeholders and literals: the claimed value is in the text and the slots of that kind cover
  // it — every placeholder mark (placeholder) or digit (literal) of it is inside one of them.
  const value = String(c.value);
  const vi = text.indexOf(value, at.start);
  expect(vi >= 0 && vi + value.length <= at.end, `${what}: value ${value} in the claim text`).toBe(true);
  const covering = inside.filter((s) => s.kind === c.kind && s.span.start < vi + value.length && vi < s.span.end);
  expect(covering.length, `${what}: a ${c.kind as string} slot on ${value}`).toBeGreaterThan(0);
  const needs = c.kind === 'placeholder' ? (ch: string) => PLACEHOLDER_MARK.test(ch) : (ch: string) => /[0-9]/.test(ch);
  for (let i = vi; i < vi + value.length; i++) {
    if (!needs(text[i] as string)) continue;
    expect(covering.some((s) => s.span.start <= i && i < s.span.end), `${what}: "${text[i]}" at ${i - vi} of ${value} covered`).toBe(true);
  }
  for (const s of covering) expect(text.slice(s.span.start, s.span.end), what).toBe(s.value);
}

describe('corpus slots through analyzeFile', () => {
  it.each(PAGES.map((p) => [p.file, p] as const))('%s: the manifest sample slots are found at their lines and kinds', async (_f, page) => {
    const a = await analyzedPage(page);
    const claims = page.slots.filter((c) => !known(STAGE_MISSES, page, c));
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) checkClaim(a, page, c);
  });

  it.each(PAGES.map((p) => [p.file, p] as const))('%s: number-names are not slots by default', async (_f, page) => {
    const a = await analyzedPage(page);
    for (const c of page.notSlots) {
      if (known(STAGE_FALSE_SLOTS, page, c)) continue;
      const v = variantOf(a, c.variant);
      const at = locate(a, v, c.text, c.line);
      // No slot over the name; a blank strictly inside it would split the name.
      const over = v.slots.filter((s) =>
        s.span.start === s.span.end ? s.span.start > at.start && s.span.start < at.end : s.span.start < at.end && at.start < s.span.end,
      );
      expect(over.map((s) => `${s.kind} ${s.type} "${s.value}"`), `${page.file} ${c.variant} "${c.text}"`).toEqual([]);
    }
  });

  it('the named cases the brief insists on are in the manifest and are not slots (百日攻坚, 建党103周年, “八五”普法, 5·12)', async () => {
    const names = ['“百日攻坚”', '安全生產“百日攻堅”行動', '建党103周年', '“八五”普法', '以“5·12”国际护士节', '成立75周年', '“十四五”規劃'];
    const seen = new Set<string>();
    for (const page of PAGES) {
      const a = await analyzedPage(page);
      for (const c of page.notSlots.filter((x) => names.includes(x.text))) {
        seen.add(c.text);
        const v = variantOf(a, c.variant);
        const at = locate(a, v, c.text, c.line);
        expect(v.slots.filter((s) => s.span.start < at.end && at.start <= s.span.start), c.text).toEqual([]);
      }
    }
    expect([...seen].sort()).toEqual([...names].sort());
  });
});

interface SlotsJson {
  files: Array<{
    path: string;
    variants: Array<{ id: string; slots: Array<{ line: number; column: number; length: number; value: string; kind: string; type: string; unit: string; label: string }> }>;
  }>;
}

describe('plankit slots --format json on the corpus folder', () => {
  let json: Promise<SlotsJson> | undefined;
  const slotsJson = () =>
    (json ??= runCli('slots', '--format', 'json', ...CORPUS_INPUTS).then((run) => {
      expect(run.code).toBe(0);
      expect(run.err).toBe('');
      return JSON.parse(run.out) as SlotsJson;
    }));

  it.each(PAGES.map((p) => [p.file, p] as const))('%s: the same slots as the library, at the same places', async (_f, page) => {
    const file = (await slotsJson()).files.find((f) => f.path === corpusPath(page.file));
    expect(file).toBeDefined();
    const a = await analyzedPage(page);
    const li = linesOf(a);
    expect(file!.variants.map((v) => v.id)).toEqual(a.variants.map((v) => v.variant.id));
    file!.variants.forEach((jv, i) => {
      const lib = a.variants[i]!.slots.map((s) => {
        const p = li.position(s.span.start);
        return [p.line, p.column, s.span.end - s.span.start, s.value, s.kind, s.type, s.unit, s.label];
      });
      // Labels too: the CLI detects with the same jieba tokens as the pipeline.
      expect(jv.slots.map((s) => [s.line, s.column, s.length, s.value, s.kind, s.type, s.unit, s.label]), jv.id).toEqual(lib);
      for (const s of jv.slots) expect(s.label.length, jv.id).toBeGreaterThan(0);
    });
  });
});
