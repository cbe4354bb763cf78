/**
 * A synthetic dedup corpus where UNRELATED plans share boilerplate, as real plan corpora do: the same
 * stock paragraphs (指导思想, 组织领导, 保障措施, 工作要求, 宣传引导, 监督考核) stand word for word
 * in dozens to thousands of different plans, next to each plan's own targets and tasks. A family is a
 * set of copies of one plan: edits, truncations, dropped or swapped paragraphs, an added paragraph,
 * conversion to Traditional script, spacing and punctuation noise, changed numbers and placeholders.
 * Pairwise "same family" is scored against the family each unit was made from; two plans that share
 * only stock paragraphs are different families however much stock they share.
 *
 * Each unit's text starts with its title line (the title is part of the unit).
 */
import { convertToTraditional } from '../../src/normalize/fold-script.js';
import { EDIT_CHARS, planContext, planParagraph, type PlanContext } from './plan-text.js';
import { Rng } from './rng.js';
import { stockParagraph, type StockKind } from './stock-text.js';

export interface BoilerplateUnit {
  id: string;
  family: string;
  /** How the unit was made from its family's original ("original" for the first member). */
  ops: string[];
  /** Share of the original plan's characters that are stock paragraphs. */
  stockShare: number;
  text: string;
}

export interface BoilerplateOptions {
  units: number;
  seed: number;
  /** Characters of a plan's own prose (its targets and tasks), before stock paragraphs. */
  ownChars: number;
  /** Share of units that belong to no family. */
  singletonShare: number;
  /** Largest family. */
  maxFamily: number;
  /** Share of plans that are short notices: little own text, mostly stock. */
  noticeShare: number;
  /** On average each stock paragraph stands in this many different plans (the pool grows with the corpus). */
  plansPerStock: number;
  /** Skew of stock popularity: 1 is uniform; larger puts the first paragraphs of a pool in far more plans. */
  stockSkew: number;
}

export const BOILERPLATE_DEFAULTS: BoilerplateOptions = {
  units: 1000,
  seed: 7,
  ownChars: 360,
  singletonShare: 0.35,
  maxFamily: 8,
  noticeShare: 0.12,
  plansPerStock: 70,
  stockSkew: 2,
};

const TOPICS = [
  '安全生产', '优化营商环境', '乡村振兴', '疫情防控', '文明城市创建', '垃圾分类', '河长制', '扫黑除恶', '消防安全', '食品安全',
  '老旧小区改造', '义务教育', '全民健身', '就业创业', '防汛抗旱', '森林防火', '人居环境整治', '普法宣传', '信访维稳', '养老服务',
];
const DOC_KINDS = ['工作计划', '实施方案', '工作要点', '工作方案', '行动方案', '工作安排'];
const SECTION_SETS = [
  ['一、指导思想', '二、工作目标', '三、主要任务', '四、保障措施'],
  ['一、总体要求', '二、目标任务', '三、重点工作', '四、组织保障'],
  ['一、指导思想', '二、主要目标', '三、工作措施', '四、工作要求'],
];

/** Which stock kinds close a plan (after its own tasks), by section set. */
const CLOSING: StockKind[][] = [
  ['leadership', 'safeguards', 'requirements', 'publicity', 'supervision'],
  ['leadership', 'safeguards', 'supervision', 'publicity'],
  ['requirements', 'supervision', 'publicity', 'safeguards'],
];

/** A plan as paragraphs; `stock` marks the paragraphs that are stock text. */
interface Plan {
  paragraphs: string[];
  stockChars: number;
  chars: number;
  ctx: PlanContext;
}

class StockPool {
  readonly size: number;
  constructor(
    plans: number,
    perPlan: number,
    private readonly o: BoilerplateOptions,
  ) {
    this.size = Math.max(12, Math.round((plans * perPlan) / o.plansPerStock));
  }

  /** A stock paragraph of `kind`, popular ones more often (index = size · u^skew). */
  draw(kind: StockKind, rng: Rng): string {
    const index = Math.floor(this.size * Math.pow(rng.next(), this.o.stockSkew));
    return stockParagraph(kind, index, this.o.seed);
  }
}

function title(rng: Rng, ctx: PlanContext): string {
  const year = rng.int(2018, 2025);
  const who = rng.chance(0.5) ? (ctx.places[0] as string) : ctx.org;
  return `${who}${year}年${rng.pick(TOPICS)}${rng.pick(DOC_KINDS)}`;
}

function makePlan(rng: Rng, pool: StockPool, o: BoilerplateOptions): Plan {
  const ctx = planContext(rng);
  const notice = rng.chance(o.noticeShare);
  const set = rng.int(0, SECTION_SETS.length - 1);
  const headings = SECTION_SETS[set] as string[];
  const closing = CLOSING[set] as StockKind[];
  const paragraphs = [title(rng, ctx)];
  let stockChars = 0;
  let chars = 0;
  const add = (p: string, stock: boolean): void => {
    paragraphs.push(p);
    chars += p.length;
    if (stock) stockChars += p.length;
  };
  add(headings[0] as string, false);
  for (let k = rng.int(1, 2); k > 0; k--) add(pool.draw('guiding', rng), true);
  if (notice) {
    // A short notice: one paragraph of its own between the stock ones.
    add(headings[1] as string, false);
    add(planParagraph(rng, ctx), false);
  } else {
    for (const h of headings.slice(1, 3)) {
      add(h, false);
      let written = 0;
      while (written < o.ownChars / 2) {
        const p = planParagraph(rng, ctx);
        add(p, false);
        written += p.length;
      }
    }
  }
  add(headings[3] as string, false);
  const kinds = rng.shuffle([...closing]).slice(0, rng.int(2, notice ? 3 : 4));
  for (const k of kinds) add(pool.draw(k, rng), true);
  return { paragraphs, stockChars, chars, ctx };
}

type Op = (p: string[], rng: Rng, plan: Plan) => string[];

/** A few characters replaced, inserted or deleted (never in the title). */
const edit: Op = (p, rng) => {
  const out = [...p];
  for (let k = rng.int(1, 6); k > 0; k--) {
    const i = rng.int(1, out.length - 1);
    const s = out[i] as string;
    const at = rng.int(0, Math.max(0, s.length - 1));
    const c = rng.pick([...EDIT_CHARS]);
    const kind = rng.int(0, 2);
    out[i] = kind === 0 ? s.slice(0, at) + c + s.slice(at + 1) : kind === 1 ? s.slice(0, at) + c + s.slice(at) : s.slice(0, at) + s.slice(at + 1);
  }
  return out;
};

/** Numbers changed, or replaced by the placeholders sites leave (xx, __, 20xx). */
const numbers: Op = (p, rng) =>
  p.map((s) => s.replace(/\d+/g, (d) => (rng.chance(0.5) ? d : rng.pick(['xx', '__', 'XX', String(rng.int(1, 999)), '*']))));

/** One or two paragraphs of the body dropped. */
const drop: Op = (p, rng) => {
  const out = [...p];
  for (let k = rng.int(1, 2); k > 0 && out.length > 5; k--) out.splice(rng.int(2, out.length - 1), 1);
  return out;
};

/** Two body paragraphs swapped. */
const reorder: Op = (p, rng) => {
  const out = [...p];
  const i = rng.int(1, out.length - 1);
  const j = rng.int(1, out.length - 1);
  [out[i], out[j]] = [out[j] as string, out[i] as string];
  return out;
};

/** A truncated copy: the title and the first 45–85 % of the paragraphs. */
const truncate: Op = (p, rng) => p.slice(0, Math.max(4, Math.round(p.length * (0.45 + rng.next() * 0.4))));

/** A copy with a paragraph or two of its own added at the end (the original lies inside it). */
const extend: Op = (p, rng, plan) => {
  const out = [...p];
  for (let k = rng.int(1, 2); k > 0; k--) out.push(planParagraph(rng, plan.ctx));
  return out;
};

/** The whole copy in Traditional script (as Taiwanese and Hong Kong sites repost it). */
const traditional: Op = (p) => p.map((s) => convertToTraditional(s));

const PUNCT_SWAPS: Array<[RegExp, string[]]> = [
  [/,/g, ['，', ', ', ' ,', '、']],
  [/。/g, ['.', '。 ', '．']],
  [/、/g, [',', '，']],
];

/** Spacing and punctuation noise: spaces between characters, full/half-width and swapped punctuation. */
const noise: Op = (p, rng) =>
  p.map((s, i) => {
    if (i === 0) return s;
    let t = s;
    for (const [re, subs] of PUNCT_SWAPS) t = t.replace(re, (m) => (rng.chance(0.4) ? rng.pick(subs) : m));
    if (rng.chance(0.3)) t = t.replace(/(.)/gu, (c) => (rng.chance(0.03) ? `${c} ` : c));
    if (rng.chance(0.2)) t = `　　${t}`;
    return t;
  });

const STRUCTURAL: Array<[string, Op, number]> = [
  ['none', (p) => p, 3],
  ['truncate', truncate, 3],
  ['drop', drop, 2],
  ['reorder', reorder, 1],
  ['extend', extend, 1],
];
const STRUCTURAL_WEIGHT = STRUCTURAL.reduce((s, [, , w]) => s + w, 0);

function pickStructural(rng: Rng): [string, Op] {
  let x = rng.next() * STRUCTURAL_WEIGHT;
  for (const [name, op, w] of STRUCTURAL) {
    if (x < w) return [name, op];
    x -= w;
  }
  const last = STRUCTURAL[STRUCTURAL.length - 1] as [string, Op, number];
  return [last[0], last[1]];
}

/** Generates the corpus; members of one family are scattered (shuffled), ids u000001 … in that order. */
export function generateBoilerplateCorpus(partial: Partial<BoilerplateOptions> = {}): BoilerplateUnit[] {
  const o = { ...BOILERPLATE_DEFAULTS, ...partial };
  const rng = new Rng(o.seed);
  // Plans needed: units / mean family size (1 with singletonShare, else uniform in 2..maxFamily).
  const meanSize = o.singletonShare + (1 - o.singletonShare) * ((2 + o.maxFamily) / 2);
  const pool = new StockPool(Math.ceil(o.units / meanSize), 1, o);
  const units: Omit<BoilerplateUnit, 'id'>[] = [];
  let f = 0;
  while (units.length < o.units) {
    f++;
    const family = `b${f}`;
    const plan = makePlan(rng, pool, o);
    const stockShare = plan.stockChars / Math.max(1, plan.chars);
    const size = rng.chance(o.singletonShare) ? 1 : rng.int(2, o.maxFamily);
    units.push({ family, ops: ['original'], stockShare, text: plan.paragraphs.join('\n') });
    for (let m = 1; m < size && units.length < o.units; m++) {
      const [name, op] = pickStructural(rng);
      let p = op(plan.paragraphs, rng, plan);
      const ops = [name];
      for (const [light, lop, chance] of [
        ['edit', edit, 0.5],
        ['numbers', numbers, 0.5],
        ['noise', noise, 0.3],
        ['traditional', traditional, 0.2],
      ] as Array<[string, Op, number]>) {
        if (rng.chance(chance)) {
          p = lop(p, rng, plan);
          ops.push(light);
        }
      }
      units.push({ family, ops, stockShare, text: p.join('\n') });
    }
  }
  rng.shuffle(units);
  return units.map((u, i) => ({ id: `u${String(i + 1).padStart(6, '0')}`, ...u }));
}
