/**
 * Outline bench: buildOutline on generated plan text of ~5 MB and ~50 MB (UTF-8 bytes) with
 * about one line-start marker per 500 bytes (~100k markers at 50 MB) — sections 一、, subsections （一）,
 * items 1、 with 一是 points, circled sub-items, and inline 一是…二是 runs inside paragraphs, plus
 * deliberate gaps and restarts so the diagnostic paths run too. Linearity shows as the time ratio
 * of the two sizes against their size ratio. Timings are best of RUNS after a warm-up on another
 * generated page; MB = 10^6 bytes.
 */
import type { BenchResult } from '../bench.js';
import type { Document } from '../../src/core/document.js';
import { toChineseNumeral } from '../../src/core/numerals.js';
import { foldWidth } from '../../src/normalize/index.js';
import { buildOutline } from '../../src/outline/index.js';
import { bestSeconds } from '../lib/timing.js';
import { Rng } from '../lib/rng.js';

const SMALL_BYTES = 5e6;
const LARGE_BYTES = 50e6;
const RUNS = 5;
const WARMUP_BYTES = 2e6;
const WARMUP_RUNS = 5;

// Our own plan phrases; a fixed-seed generator strings them into paragraphs.
const PHRASES = [
  '加强组织领导', '完善工作机制', '落实主体责任', '强化督促检查', '提高服务水平', '推进制度建设',
  '深化改革创新', '做好宣传引导', '健全考核办法', '保障经费投入', '优化资源配置', '提升队伍素质',
  '全年计划完成培训十二次', '确保各项任务按期完成', '形成上下联动的工作格局', '切实增强群众获得感',
];

function sentence(r: () => number, clauses: number): string {
  const parts: string[] = [];
  for (let i = 0; i < clauses; i++) parts.push(PHRASES[Math.floor(r() * PHRASES.length)] as string);
  return parts.join('，') + '。';
}

/** A plan page of about `bytes` UTF-8 bytes and the number of line-start markers in it. */
export function generatePlan(bytes: number, seed = 1): { text: string; markers: number } {
  const gen = new Rng(seed);
  const r = (): number => gen.next();
  const lines: string[] = ['某单位年度工作计划', ''];
  let size = 0;
  let markers = 0;
  const push = (line: string, isMarker: boolean): void => {
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
    if (isMarker) markers++;
  };
  for (let s = 1; size < bytes; s++) {
    push(`${toChineseNumeral(s)}、${sentence(r, 1).slice(0, -1)}`, true);
    push(`工作重点：一是${sentence(r, 2)}二是${sentence(r, 2)}三是${sentence(r, 1)}`, false);
    for (let p = 1; p <= 4 && size < bytes; p++) {
      push(`（${toChineseNumeral(p)}）${sentence(r, 1).slice(0, -1)}`, true);
      for (let i = 1; i <= 5; i++) {
        const n = i === 4 && r() < 0.05 ? 5 : i; // an occasional gap
        push(`${n}、${sentence(r, 2)}`, true);
        push(sentence(r, 24), false);
        if (i === 2) {
          for (let k = 1; k <= 3; k++) push(`${toChineseNumeral(k === 3 && r() < 0.05 ? 1 : k)}是${sentence(r, 6)}`, true);
          push(`具体要求：①${sentence(r, 3)}②${sentence(r, 3)}`, false);
        }
      }
      push(sentence(r, 30), false);
    }
  }
  return { text: lines.join('\n') + '\n', markers };
}

function documentOf(text: string): Document {
  // Generated text is Simplified already: the width fold is all normalisation would do.
  return {
    path: 'bench.txt', encoding: 'utf-8', encodingCertain: true, format: 'text', text, byteLength: Buffer.byteLength(text),
    diagnostics: [], folded: foldWidth(text), script: 'simplified',
  };
}

export async function run(): Promise<BenchResult> {
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const figures: Record<string, number | string> = {};
  const measured: Array<{ bytes: number; seconds: number }> = [];
  // Warm the JIT first, so the small size is not timed on colder code than the large one.
  const warm = documentOf(generatePlan(WARMUP_BYTES, 2).text);
  for (let i = 0; i < WARMUP_RUNS; i++) buildOutline(warm, { start: 0, end: warm.text.length });
  for (const [name, target] of [['small', SMALL_BYTES], ['large', LARGE_BYTES]] as const) {
    const { text, markers } = generatePlan(target);
    const doc = documentOf(text);
    let items = 0;
    let diagnostics = 0;
    const seconds = bestSeconds(RUNS, () => {
      const o = buildOutline(doc, { start: 0, end: text.length });
      items = o.items.length;
      diagnostics = o.diagnostics.length;
    });
    measured.push({ bytes: doc.byteLength, seconds });
    figures[`${name}_mb`] = r1(doc.byteLength / 1e6);
    figures[`${name}_line_markers`] = markers;
    figures[`${name}_items`] = items;
    figures[`${name}_diagnostics`] = diagnostics;
    figures[`${name}_seconds`] = r3(seconds);
    figures[`${name}_mb_per_s`] = r1(doc.byteLength / 1e6 / seconds);
  }
  const [small, large] = measured as [(typeof measured)[0], (typeof measured)[0]];
  figures.size_ratio = r1(large.bytes / small.bytes);
  figures.time_ratio = r1(large.seconds / small.seconds);
  return {
    name: 'outline',
    figures,
    notes: ['time_ratio ≈ size_ratio means linear time; items include inline enumerations (一是…, ①…)'],
  };
}
