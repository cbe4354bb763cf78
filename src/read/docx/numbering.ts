import type { Element } from 'domhandler';
import { formatNumber } from './number-formats.js';
import { numberingRefOf, type NumberingRef, type Styles } from './styles.js';
import { childElements, firstChild, type XmlPart } from './xml.js';

/** One level of a list definition (w:lvl). */
interface Level {
  start: number;
  format: string;
  /** w:lvlText: "%1、", "（%2）", "%1.%2" … (%n: the current number of level n). */
  text: string;
  /** What follows the number: a tab (Word's default), a space, or nothing. */
  suffix: string;
  /** w:isLgl: every level's number in decimal (1.1.1 under 一、). */
  legal: boolean;
  /** w:lvlRestart: restart after a use of this level (1-based) or any above it; 0: never; undefined: after any level above. */
  restartAfter: number | undefined;
  /** w:pStyle: the paragraph style tied to this level. */
  style: string | undefined;
}

interface AbstractNum {
  levels: Map<number, Level>;
  /** w:numStyleLink: the definition lives in the list named by this numbering style. */
  styleLink: string | undefined;
}

interface NumInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

const SUFFIX: Readonly<Record<string, string>> = { tab: '\t', space: ' ', nothing: '' };
const LEVELS = 9;
const PLACEHOLDER = /%([1-9])/g;

function onOff(el: Element | undefined, w: XmlPart['w']): boolean {
  if (el === undefined) return false;
  const v = el.attribs[w('val')];
  return v === undefined || v === '1' || v === 'true' || v === 'on';
}

function intAttr(el: Element | undefined, w: XmlPart['w']): number | undefined {
  const v = el?.attribs[w('val')];
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

function parseLevel(lvl: Element, w: XmlPart['w']): Level {
  return {
    start: intAttr(firstChild(lvl, w('start')), w) ?? 0,
    format: firstChild(lvl, w('numFmt'))?.attribs[w('val')] ?? 'decimal',
    text: firstChild(lvl, w('lvlText'))?.attribs[w('val')] ?? '',
    suffix: SUFFIX[firstChild(lvl, w('suff'))?.attribs[w('val')] ?? 'tab'] ?? '\t',
    legal: onOff(firstChild(lvl, w('isLgl')), w),
    restartAfter: intAttr(firstChild(lvl, w('lvlRestart')), w),
    style: firstChild(lvl, w('pStyle'))?.attribs[w('val')],
  };
}

/**
 * Word's automatic numbering (numbering.xml) rendered as the text a reader sees: each numbered
 * paragraph, in document order, advances its list's counter at its level and gets the level's
 * w:lvlText with every %n written in that level's number format (一、 （一） 1. （1） ①).
 *
 * Counters belong to the list definition (w:abstractNum), so instances (w:num) of one definition
 * continue each other, as in Word; an instance with a w:startOverride restarts the list when it is
 * first used. A level restarts after a level above it is used (w:lvlRestart can change that).
 */
export class Numbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, NumInstance>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly started = new Set<string>();

  constructor(
    part: XmlPart | undefined,
    private readonly styles: Styles,
  ) {
    if (part?.root === undefined) return;
    const { w } = part;
    for (const a of childElements(part.root, w('abstractNum'))) {
      const id = a.attribs[w('abstractNumId')];
      if (id === undefined) continue;
      const levels = new Map<number, Level>();
      for (const lvl of childElements(a, w('lvl'))) levels.set(Number(lvl.attribs[w('ilvl')] ?? 0), parseLevel(lvl, w));
      this.abstracts.set(id, { levels, styleLink: firstChild(a, w('numStyleLink'))?.attribs[w('val')] });
    }
    for (const n of childElements(part.root, w('num'))) {
      const id = n.attribs[w('numId')];
      const abstractId = firstChild(n, w('abstractNumId'))?.attribs[w('val')];
      if (id === undefined || abstractId === undefined) continue;
      const inst: NumInstance = { abstractId, startOverrides: new Map(), levelOverrides: new Map() };
      for (const o of childElements(n, w('lvlOverride'))) {
        const ilvl = Number(o.attribs[w('ilvl')] ?? 0);
        const start = intAttr(firstChild(o, w('startOverride')), w);
        if (start !== undefined) inst.startOverrides.set(ilvl, start);
        const lvl = firstChild(o, w('lvl'));
        if (lvl !== undefined) inst.levelOverrides.set(ilvl, parseLevel(lvl, w));
      }
      this.nums.set(id, inst);
    }
  }

  /** The list definition of an instance, following a numbering-style link once. */
  private abstractOf(inst: NumInstance): { id: string; def: AbstractNum } | undefined {
    let id = inst.abstractId;
    let def = this.abstracts.get(id);
    if (def !== undefined && def.levels.size === 0 && def.styleLink !== undefined) {
      const linked = this.styles.numberingOf(def.styleLink)?.numId;
      const target = linked === undefined ? undefined : this.nums.get(linked);
      if (target !== undefined) {
        id = target.abstractId;
        def = this.abstracts.get(id);
      }
    }
    return def === undefined ? undefined : { id, def };
  }

  /** The paragraph's list and level: its own numPr, else its style's (numId 0 switches numbering off). */
  private refOf(pPr: Element | undefined, w: XmlPart['w']): { numId: string; ilvl: number | undefined; style: string | undefined } | undefined {
    const style = firstChild(pPr, w('pStyle'))?.attribs[w('val')] ?? this.styles.defaultId;
    const own: NumberingRef | undefined = numberingRefOf(pPr, w);
    const fromStyle = this.styles.numberingOf(style);
    const numId = own?.numId ?? fromStyle?.numId;
    if (numId === undefined || numId === '0') return undefined;
    return { numId, ilvl: own?.ilvl ?? (own?.numId === undefined ? fromStyle?.ilvl : undefined), style };
  }

  /**
   * The number text of a paragraph (its w:pPr), suffix included ("一、", "1.\t"), advancing the
   * counters; '' for a paragraph that is not numbered or is bulleted.
   */
  next(pPr: Element | undefined, w: XmlPart['w']): string {
    const ref = this.refOf(pPr, w);
    if (ref === undefined) return '';
    const inst = this.nums.get(ref.numId);
    if (inst === undefined) return '';
    const found = this.abstractOf(inst);
    if (found === undefined) return '';
    const levelOf = (k: number): Level | undefined => inst.levelOverrides.get(k) ?? found.def.levels.get(k);
    let ilvl = ref.ilvl;
    if (ilvl === undefined && ref.style !== undefined) {
      for (const [k, l] of found.def.levels) if (l.style === ref.style) ilvl = k;
    }
    ilvl = Math.min(Math.max(ilvl ?? 0, 0), LEVELS - 1);
    const level = levelOf(ilvl);
    if (level === undefined) return '';

    let counters = this.counters.get(found.id);
    if (counters === undefined) this.counters.set(found.id, (counters = new Array<number | undefined>(LEVELS).fill(undefined)));
    if (!this.started.has(ref.numId)) {
      this.started.add(ref.numId);
      // An instance that sets its own start numbers begins the list again.
      if (inst.startOverrides.size > 0) counters.fill(undefined);
    }
    const startOf = (k: number): number => inst.startOverrides.get(k) ?? levelOf(k)?.start ?? 0;
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let k = ilvl + 1; k < LEVELS; k++) {
      const r = levelOf(k)?.restartAfter;
      if (r === undefined || (r > 0 && ilvl <= r - 1)) counters[k] = undefined;
    }

    if (level.format === 'bullet') return '';
    const text = level.text.replace(PLACEHOLDER, (_, d: string) => {
      const k = Number(d) - 1;
      const format = level.legal ? 'decimal' : (levelOf(k)?.format ?? 'decimal');
      if (format === 'none') return '';
      return formatNumber(counters[k] ?? startOf(k), format);
    });
    return text === '' ? '' : text + level.suffix;
  }
}
