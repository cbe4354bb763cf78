/**
 * Scores slot detection on every slot gold of the dev set (scripts/lib/slot-devset.ts) with the seed
 * scorer's rules (../shared/gold/README.md): a prediction matches a gold slot on the same line when
 * the spans overlap or, for a hollow gold slot, it touches the column ±1; recall over `must` slots,
 * precision over every prediction.
 *
 *   npx tsx scripts/score-slots.ts                 overall, per kind and per type, per set
 *   npx tsx scripts/score-slots.ts --files         … and per file
 *   npx tsx scripts/score-slots.ts --rules         … and per rule: its precision, and the must slots only it finds
 *   npx tsx scripts/score-slots.ts --misses        … and every missed must slot and every false positive
 *   npx tsx scripts/score-slots.ts --json          the figures as JSON
 *   --set <name>   only the sets whose name starts so (seed, seed-simplified, real, pages/traditional …);  --min-confidence <x>
 *   --root <dir>   read corpus/real and fixtures/pages from another checkout
 *   --whole        score every page as `plankit slots` reads it (split, chrome), not over the gold's variant lines
 *   --ablate       for every rule (detector, placeholder family, exclusion): the figures without it
 */
import { addGroups, matches, onlyFoundBy, precisionOf, recallOf, scoreBy, scoreSlots, type GroupScore, type ScoredPrediction } from './lib/slot-score.js';
import { loadSlotDevset, predictSlots, type GoldDoc, type GoldSet } from './lib/slot-devset.js';
import { SLOT_DETECTORS, SLOT_EXCLUSIONS } from '../src/template/index.js';
import { PLACEHOLDER_RULES } from '../src/template/detect/placeholders/index.js';

interface Args {
  files: boolean;
  rules: boolean;
  misses: boolean;
  json: boolean;
  set: string | null;
  minConfidence: number;
  root: string | undefined;
  ablate: boolean;
  whole: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { files: false, rules: false, misses: false, json: false, set: null, minConfidence: 0, root: undefined, ablate: false, whole: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--files') a.files = true;
    else if (x === '--rules') a.rules = true;
    else if (x === '--misses') a.misses = true;
    else if (x === '--json') a.json = true;
    else if (x === '--set') a.set = argv[++i] ?? null;
    else if (x === '--min-confidence') a.minConfidence = Number(argv[++i]);
    else if (x === '--root') a.root = argv[++i];
    else if (x === '--ablate') a.ablate = true;
    else if (x === '--whole') a.whole = true;
    else throw new Error(`unknown argument ${x}`);
  }
  return a;
}

export interface SetFigures {
  set: string;
  files: number;
  overall: GroupScore;
  byKind: Record<string, GroupScore>;
  byType: Record<string, GroupScore>;
  byFile: Record<string, GroupScore>;
  byRule: Record<string, GroupScore & { onlyFinds: number }>;
  /** Predictions on a number the gold lists as NOT a slot, by the gold's reason. */
  notSlotHits: Record<string, number>;
}

function merge(into: Map<string, GroupScore>, from: Map<string, GroupScore>): void {
  for (const [k, v] of from) into.set(k, addGroups(into.get(k) ?? { mustTotal: 0, mustFound: 0, predicted: 0, truePositives: 0 }, v));
}

export function figuresOf(set: GoldSet, predictions: Map<GoldDoc, ScoredPrediction[]>): SetFigures {
  const byKind = new Map<string, GroupScore>();
  const byType = new Map<string, GroupScore>();
  const byRule = new Map<string, GroupScore & { onlyFinds: number }>();
  const byFile: Record<string, GroupScore> = {};
  let overall: GroupScore = { mustTotal: 0, mustFound: 0, predicted: 0, truePositives: 0 };
  const notSlotHits: Record<string, number> = {};
  for (const d of set.docs) {
    const p = predictions.get(d) ?? [];
    for (const n of d.notSlots) {
      const asGold = { ...n, kind: 'literal', type: '', unit: '', must: false };
      if (p.some((x) => matches(x, asGold))) notSlotHits[n.reason] = (notSlotHits[n.reason] ?? 0) + 1;
    }
    const s = scoreSlots(d.slots, p);
    const g = { mustTotal: s.mustTotal, mustFound: s.mustFound, predicted: s.predicted, truePositives: s.truePositives };
    byFile[d.id] = g;
    overall = addGroups(overall, g);
    merge(byKind, scoreBy(d.slots, p, (x) => x.kind ?? '?', (x) => x.kind));
    merge(byType, scoreBy(d.slots, p, (x) => x.type ?? '?', (x) => x.type));
    for (const [rule, r] of scoreBy(d.slots, p, (x) => x.rule ?? '?')) {
      const prev = byRule.get(rule) ?? { mustTotal: 0, mustFound: 0, predicted: 0, truePositives: 0, onlyFinds: 0 };
      byRule.set(rule, { ...addGroups(prev, r), onlyFinds: prev.onlyFinds + onlyFoundBy(d.slots, p, (x) => x.rule === rule) });
    }
  }
  const obj = <T>(m: Map<string, T>): Record<string, T> => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));
  return { set: set.name, files: set.docs.length, overall, byKind: obj(byKind), byType: obj(byType), byFile, byRule: obj(byRule), notSlotHits };
}

const f3 = (x: number): string => x.toFixed(3);
function line(name: string, g: GroupScore): string {
  const r = g.mustTotal > 0 ? `recall ${f3(recallOf(g))} (${g.mustFound}/${g.mustTotal})` : 'recall   —          ';
  const p = g.predicted > 0 ? `precision ${f3(precisionOf(g))} (${g.truePositives}/${g.predicted})` : 'precision   —';
  return `  ${name.padEnd(34)} ${r.padEnd(28)} ${p}`;
}

/** Predictions for every document of every set. */
export async function predictAll(sets: readonly GoldSet[], minConfidence = 0, disable: readonly string[] = [], whole = false): Promise<Map<GoldDoc, ScoredPrediction[]>> {
  const out = new Map<GoldDoc, ScoredPrediction[]>();
  for (const s of sets) for (const d of s.docs) out.set(d, predictSlots(d, { minConfidence, disable }, whole && !s.name.startsWith('seed')));
  return out;
}

/** Every rule that can be left out: detectors, placeholder families, exclusions. */
export function ruleNames(): string[] {
  return [...SLOT_DETECTORS.map((d) => d.name), ...PLACEHOLDER_RULES.map((r) => `placeholder/${r.id}`), ...SLOT_EXCLUSIONS.map((x) => `exclude/${x.name}`)];
}

async function ablate(sets: readonly GoldSet[], base: SetFigures[], minConfidence: number, whole: boolean): Promise<void> {
  console.log('\n== without each rule (Δ must found, Δ false positives; recall / precision after)');
  const cell = (g: GroupScore, b: GroupScore): string => {
    const dFound = g.mustFound - b.mustFound;
    const dFp = g.predicted - g.truePositives - (b.predicted - b.truePositives);
    return `${(dFound >= 0 ? '+' : '') + dFound}/${(dFp >= 0 ? '+' : '') + dFp} ${f3(recallOf(g))}/${f3(precisionOf(g))}`.padEnd(26);
  };
  console.log(`  ${'rule'.padEnd(30)} ${sets.map((s) => s.name.padEnd(26)).join(' ')}`);
  for (const rule of ruleNames()) {
    const p = await predictAll(sets, minConfidence, [rule], whole);
    const f = sets.map((s) => figuresOf(s, p));
    console.log(`  ${rule.padEnd(30)} ${f.map((x, i) => cell(x.overall, (base[i] as SetFigures).overall)).join(' ')}`);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const sets = (await loadSlotDevset(args.root)).filter((s) => args.set === null || s.name === args.set || s.name.startsWith(`${args.set}/`));
  const predictions = await predictAll(sets, args.minConfidence, [], args.whole);
  const figures = sets.map((s) => figuresOf(s, predictions));
  if (args.json) {
    process.stdout.write(`${JSON.stringify(figures, null, 1)}\n`);
    return;
  }
  for (const f of figures) {
    console.log(`\n== ${f.set} (${f.files} file${f.files === 1 ? '' : 's'})`);
    console.log(line('overall', f.overall));
    const hits = Object.entries(f.notSlotHits);
    if (hits.length > 0) console.log(`  predictions on gold NOT-slots: ${hits.map(([k, n]) => `${k} ${n}`).join(', ')}`);
    console.log(' by kind');
    for (const [k, g] of Object.entries(f.byKind)) console.log(line(k, g));
    console.log(' by type');
    for (const [k, g] of Object.entries(f.byType)) console.log(line(k, g));
    if (args.files) {
      console.log(' by file');
      for (const [k, g] of Object.entries(f.byFile)) console.log(line(k.replace(/^[^/]+\//, ''), g));
    }
    if (args.rules) {
      console.log(' by rule (precision of its predictions; must slots no other rule finds)');
      for (const [k, g] of Object.entries(f.byRule)) console.log(`${line(k, { ...g, mustTotal: 0 })}  only it: ${g.onlyFinds}`);
    }
  }
  if (args.ablate) await ablate(sets, figures, args.minConfidence, args.whole);
  if (args.misses) {
    for (const s of sets) {
      for (const d of s.docs) {
        const score = scoreSlots(d.slots, predictions.get(d) ?? []);
        if (score.missed.length === 0 && score.falsePositives.length === 0) continue;
        console.log(`\n-- ${d.id}`);
        for (const m of score.missed) console.log(`  MISS ${m.line}:${m.column} ${m.kind} ${m.type} ${m.context ?? m.value}`);
        const lines = d.doc.text.split('\n');
        for (const p of score.falsePositives as ScoredPrediction[]) {
          const t = lines[p.line - 1] ?? '';
          const around = `${t.slice(Math.max(0, p.column - 8), p.column)}⟨${t.slice(p.column, p.column + p.length)}⟩${t.slice(p.column + p.length, p.column + p.length + 8)}`;
          console.log(`  FP   ${p.line}:${p.column} ${p.kind} ${p.type} ${p.rule} ${p.confidence} ${around}`);
        }
      }
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\/scripts\//, '/scripts/'))) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
